package id.rentan.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The modular monolith's boundaries, checked on the compiled classes of every module: a module touches another
 * only through its {@code api} package, the platform depends on no business module, modules form no cycle, and the
 * layers inside a module point the right way.
 */
class ModuleBoundariesTest {

    static final List<String> MODULES = List.of("platform", "participants", "funding", "claims", "reporting");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.rentan");
        if (classes.size() < 50) {
            throw new IllegalStateException("ArchUnit found only " + classes.size() + " classes; the module JARs "
                    + "must be on the test class path as directories or JARs of id.rentan");
        }
    }

    @ParameterizedTest(name = "{0} uses other modules only through their api")
    @ValueSource(strings = {"platform", "participants", "funding", "claims", "reporting"})
    void modulesTouchEachOtherOnlyThroughApi(String module) {
        String own = "id.rentan." + module + "..";
        String[] others = MODULES.stream().filter(m -> !m.equals(module)).map(m -> "id.rentan." + m + "..")
                .toArray(String[]::new);
        String[] otherApis = MODULES.stream().filter(m -> !m.equals(module)).map(m -> "id.rentan." + m + ".api..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat(are(resideInAnyPackage(others)).and(not(resideInAnyPackage(otherApis))))
                .because("a module may use another module only through its public api package")
                .check(classes);
    }

    @Test
    void thePlatformDependsOnNoBusinessModule() {
        noClasses().that().resideInAPackage("id.rentan.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("id.rentan.participants..", "id.rentan.funding..",
                        "id.rentan.claims..", "id.rentan.reporting..")
                .check(classes);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("id.rentan.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theParticipantsModuleDoesNotDependOnFunding() {
        noClasses().that().resideInAPackage("id.rentan.participants..")
                .should().dependOnClassesThat().resideInAnyPackage("id.rentan.funding..", "id.rentan.claims..",
                        "id.rentan.reporting..")
                .because("funding implements the participants api, never the other way round")
                .check(classes);
    }

    @Test
    void domainCodeDependsOnNoOuterLayer() {
        noClasses().that().resideInAPackage("id.rentan.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("id.rentan.*.application..",
                        "id.rentan.*.infrastructure..", "id.rentan.*.web..", "jakarta.faces..", "jakarta.ws.rs..",
                        "org.primefaces..")
                .check(classes);
    }

    @Test
    void applicationServicesDoNotKnowTheWeb() {
        noClasses().that().resideInAPackage("id.rentan.*.application..")
                .should().dependOnClassesThat().resideInAnyPackage("id.rentan.*.web..", "jakarta.faces..",
                        "jakarta.ws.rs..", "org.primefaces..")
                .check(classes);
    }

    @Test
    void entitiesLiveInDomainPackages() {
        classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("id.rentan.*.domain..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void restResourcesLiveInWebPackages() {
        classes().that().areAnnotatedWith(Path.class).should().resideInAPackage("id.rentan.*.web..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void everyRestMethodSaysWhoMayCallIt() {
        methods().that().areAnnotatedWith(GET.class)
                .or().areAnnotatedWith(POST.class)
                .or().areAnnotatedWith(PUT.class)
                .or().areAnnotatedWith(DELETE.class)
                .or().areAnnotatedWith(PATCH.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(RolesAllowed.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(PermitAll.class)
                .because("the API is deny-by-default: a method without a role rule answers 403 to everybody")
                .check(classes);
    }

    @Test
    void apiPackagesDoNotExposeOtherModulesInternals() {
        noClasses().that(resideInAPackage("id.rentan.*.api.."))
                .should().dependOnClassesThat().resideInAnyPackage("id.rentan.participants.domain..",
                        "id.rentan.funding.domain..", "id.rentan.claims.domain..", "id.rentan.reporting.domain..")
                .check(classes);
    }
}
