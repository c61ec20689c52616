package id.rentan.it;

import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.param.Parameters;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.region.KelurahanInfo;
import id.rentan.platform.api.region.RegionDirectory;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.DataScope;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.application.audit.AuditService;
import id.rentan.platform.application.param.ParameterService;
import id.rentan.platform.application.security.AccountService;
import id.rentan.platform.domain.audit.AuditFilter;
import id.rentan.platform.domain.audit.AuditRecord;
import id.rentan.platform.domain.param.ParameterVersion;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared kernel inside a real Payara Micro with the demo profile: the audit log, the identity store with
 * lockout, dated parameters, reference data and the OPD data scope.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(PlatformIT.class);
    }

    @Inject
    AuditTrail auditTrail;

    @Inject
    AuditService auditService;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountService accounts;

    @Inject
    ParameterService parameterService;

    @Inject
    Parameters parameters;

    @Inject
    RegionDirectory regions;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    TestCaller testCaller;

    @Inject
    id.rentan.platform.api.time.BusinessClock clock;

    @Inject
    CallerContext callers;

    @Resource(lookup = "java:app/jdbc/rentan")
    DataSource dataSource;

    @Resource
    UserTransaction tx;

    // ---- audit log ---------------------------------------------------------------------------------------------

    @Test
    void auditEntriesKeepWhoWhatAndBeforeAfter() throws Exception {
        testCaller.actAs("admin", Role.ADMIN, null);
        String entity = "IT-" + UUID.randomUUID();
        tx.begin();
        auditTrail.record("TEST_CHANGED", "TestEntity", entity, Map.of("value", 1), Map.of("value", 2));
        tx.commit();

        var page = auditService.search(new AuditFilter(null, null, null, null, "TestEntity", entity),
                PageRequest.of(0, 10));
        assertEquals(1, page.total());
        AuditRecord r = page.items().get(0);
        assertEquals("admin", r.username());
        assertEquals("TEST_CHANGED", r.action());
        assertEquals("{\"value\":1}", r.beforeJson());
        assertEquals("{\"value\":2}", r.afterJson());
    }

    @Test
    void auditEntryRollsBackWithTheChangeItRecords() throws Exception {
        String entity = "IT-" + UUID.randomUUID();
        tx.begin();
        auditTrail.record("TEST_CHANGED", "TestEntity", entity, null, Map.of("value", 1));
        tx.rollback();
        testCaller.actAs("auditor", Role.AUDITOR, null);
        assertEquals(0, auditService.search(new AuditFilter(null, null, null, null, "TestEntity", entity),
                PageRequest.of(0, 10)).total());
    }

    @Test
    void auditLogRefusesUpdateAndDeleteInTheDatabase() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long before = count(s);
            assertTrue(before > 0, "start-up already audited the demo accounts");
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE platform.audit_log SET action = 'FORGED'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM platform.audit_log"));
            assertEquals(before, count(s));
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM platform.audit_log WHERE action = 'FORGED'")) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
        }
    }

    @Test
    void onlyAdminsAndAuditorsReadTheAuditLog() {
        testCaller.actAs("opd.dkupp", Role.OPD_OPERATOR, "DKUPP");
        BusinessException refused = assertThrows(BusinessException.class,
                () -> auditService.search(AuditFilter.none(), PageRequest.of(0, 1)));
        assertEquals(BusinessException.Kind.FORBIDDEN, refused.kind());
        testCaller.actAs("auditor", Role.AUDITOR, null);
        assertTrue(auditService.search(AuditFilter.none(), PageRequest.of(0, 1)).total() > 0);
    }

    // ---- identity store, passwords, lockout ------------------------------------------------------------------

    @Test
    void identityStoreAcceptsTheDemoAccountsWithTheirRole() {
        Map<String, String> roles = Map.of("admin", "ADMIN", "opd.dkupp", "OPD_OPERATOR", "opd.perikanan",
                "OPD_OPERATOR", "opd.pertanian", "OPD_OPERATOR", "verifikator", "VERIFIER", "keuangan", "FINANCE",
                "keuangan2", "FINANCE", "bpjs", "BPJS_OFFICER", "auditor", "AUDITOR");
        roles.forEach((username, role) -> {
            CredentialValidationResult r = identityStores.validate(new UsernamePasswordCredential(username, "Demo#2026"));
            assertEquals(CredentialValidationResult.Status.VALID, r.getStatus(), username);
            assertEquals(Set.of(role), r.getCallerGroups(), username);
        });
    }

    @Test
    void identityStoreRefusesWrongPasswordsAndUnknownUsers() {
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStores.validate(new UsernamePasswordCredential("verifikator", "Demo#2025")).getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStores.validate(new UsernamePasswordCredential("nobody", "Demo#2026")).getStatus());
    }

    @Test
    void passwordsAreStoredAsPbkdf2HashesOnly() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT username, password_hash FROM platform.app_user")) {
            int n = 0;
            while (rs.next()) {
                String hash = rs.getString(2);
                assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), rs.getString(1) + ": " + hash);
                assertFalse(hash.contains("Demo#2026"));
                n++;
            }
            assertTrue(n >= 9);
        }
    }

    @Test
    void fiveFailedLoginsLockTheAccountForFifteenMinutesAndAreAudited() {
        testCaller.actAs("admin", Role.ADMIN, null);
        String username = "it.lock." + UUID.randomUUID().toString().substring(0, 8);
        var account = accounts.create(username, "Locked Out Tester", Role.VERIFIER, null, "Mulai#2026x");

        for (int i = 1; i <= 4; i++) {
            assertEquals(CredentialValidationResult.Status.INVALID,
                    identityStores.validate(new UsernamePasswordCredential(username, "wrong" + i)).getStatus());
        }
        // the right password still works before the fifth failure
        assertEquals(CredentialValidationResult.Status.VALID,
                identityStores.validate(new UsernamePasswordCredential(username, "Mulai#2026x")).getStatus());
        for (int i = 1; i <= 5; i++) {
            identityStores.validate(new UsernamePasswordCredential(username, "wrong" + i));
        }
        // locked: even the right password is refused
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStores.validate(new UsernamePasswordCredential(username, "Mulai#2026x")).getStatus());

        testCaller.actAs("auditor", Role.AUDITOR, null);
        var locked = auditService.search(new AuditFilter(null, null, username, "ACCOUNT_LOCKED", null, null),
                PageRequest.of(0, 10));
        assertEquals(1, locked.total());
        assertTrue(locked.items().get(0).afterJson().contains("lockedUntil"));
        // 4 failures, a success (which resets the count), then 5 failures: 9 in all
        assertEquals(9, auditService.search(new AuditFilter(null, null, username, "LOGIN_FAILED", null, null),
                PageRequest.of(0, 50)).total());
        assertEquals(1, auditService.search(new AuditFilter(null, null, username, "LOGIN_REFUSED_LOCKED", null, null),
                PageRequest.of(0, 50)).total());

        testCaller.actAs("admin", Role.ADMIN, null);
        var lockedAccount = accounts.get(account.id());
        long seconds = java.time.Duration.between(clock.now(), lockedAccount.lockedUntil()).toSeconds();
        assertTrue(seconds > 14 * 60 && seconds <= 15 * 60, "locked for 15 minutes, not " + seconds + " s");
        accounts.unlock(account.id());
        assertEquals(CredentialValidationResult.Status.VALID,
                identityStores.validate(new UsernamePasswordCredential(username, "Mulai#2026x")).getStatus());
    }

    @Test
    void disabledAccountsCannotLogIn() {
        testCaller.actAs("admin", Role.ADMIN, null);
        String username = "it.off." + UUID.randomUUID().toString().substring(0, 8);
        var account = accounts.create(username, "Disabled Tester", Role.FINANCE, null, "Mulai#2026x");
        accounts.disable(account.id());
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStores.validate(new UsernamePasswordCredential(username, "Mulai#2026x")).getStatus());
        accounts.enable(account.id());
        assertEquals(CredentialValidationResult.Status.VALID,
                identityStores.validate(new UsernamePasswordCredential(username, "Mulai#2026x")).getStatus());
    }

    @Test
    void accountRulesAreEnforcedByTheService() {
        testCaller.actAs("admin", Role.ADMIN, null);
        assertEquals(BusinessException.Kind.CONFLICT, assertThrows(BusinessException.class,
                () -> accounts.create("admin", "Second Admin", Role.ADMIN, null, "Mulai#2026x")).kind());
        assertEquals("account.opd.required", assertThrows(BusinessException.class,
                () -> accounts.create("it.noopd", "No OPD", Role.OPD_OPERATOR, null, "Mulai#2026x")).messageKey());
        assertEquals("account.opd.unknown", assertThrows(BusinessException.class,
                () -> accounts.create("it.badopd", "Bad OPD", Role.OPD_OPERATOR, "NOPE", "Mulai#2026x")).messageKey());
        assertEquals("password.tooShort", assertThrows(BusinessException.class,
                () -> accounts.create("it.short", "Short Password", Role.AUDITOR, null, "a1")).messageKey());

        testCaller.actAs("verifikator", Role.VERIFIER, null);
        assertEquals(BusinessException.Kind.FORBIDDEN, assertThrows(BusinessException.class,
                () -> accounts.create("it.sneaky", "Sneaky", Role.ADMIN, null, "Mulai#2026x")).kind());
    }

    @Test
    void theAdministratorCannotDisableThemselves() {
        testCaller.actAs("admin", Role.ADMIN, null);
        var admin = accounts.search(new id.rentan.platform.domain.account.UserFilter("admin", Role.ADMIN, null, null),
                PageRequest.of(0, 5)).items().stream().filter(u -> u.username().equals("admin")).findFirst().orElseThrow();
        assertEquals("account.selfDisable",
                assertThrows(BusinessException.class, () -> accounts.disable(admin.id())).messageKey());
    }

    // ---- dated parameters -----------------------------------------------------------------------------------

    @Test
    void seededParametersGiveTheRulesDefaults() {
        LocalDate day = LocalDate.of(2026, 11, 21);
        // C-01 / C-02: Rp10.000 JKK + Rp6.800 JKM = Rp16.800 at Rp1.000.000 income
        assertEquals(Rupiah.of(16_800), parameters.monthlyPremiumOn(
                parameters.amountOn(ParameterCode.DEFAULT_REPORTED_INCOME, day), day));
        assertEquals(65, parameters.intOn(ParameterCode.ENTRY_AGE_MAX_EXCLUSIVE, day)); // E-01
        assertEquals(15, parameters.intOn(ParameterCode.ENTRY_AGE_MIN, day)); // E-02
        assertEquals(Rupiah.of(174_000_000), parameters.amountOn(ParameterCode.SCHOLARSHIP_MAX_TOTAL, day)); // S-01
        for (ParameterCode code : ParameterCode.values()) {
            parameters.valueOn(code, day); // every parameter has a value today
        }
    }

    @Test
    void aNewVersionEndsTheOldOneAndIsAudited() {
        testCaller.actAs("admin", Role.ADMIN, null);
        LocalDate from = LocalDate.of(2031, 1, 1);
        ParameterVersion added = parameterService.addVersion(ParameterCode.JKK_REPORT_DEADLINE_HOURS,
                new BigDecimal("72"), from, "Permenaker (uji) 2031");

        assertEquals(new BigDecimal("48"), parameters.valueOn(ParameterCode.JKK_REPORT_DEADLINE_HOURS, from.minusDays(1)));
        assertEquals(new BigDecimal("72"), parameters.valueOn(ParameterCode.JKK_REPORT_DEADLINE_HOURS, from));
        List<ParameterVersion> versions = parameterService.timeline(ParameterCode.JKK_REPORT_DEADLINE_HOURS).versions();
        assertEquals(from.minusDays(1), versions.get(versions.size() - 2).validTo());
        assertNull(versions.get(versions.size() - 1).validTo());

        // not before the latest version: history is never rewritten in the middle
        assertEquals("param.version.notAfterLatest", assertThrows(BusinessException.class,
                () -> parameterService.addVersion(ParameterCode.JKK_REPORT_DEADLINE_HOURS, new BigDecimal("24"),
                        LocalDate.of(2030, 6, 1), "x")).messageKey());

        var audited = auditService.search(new AuditFilter(null, null, "admin", "PARAMETER_VERSION_ADDED", "Parameter",
                "JKK_REPORT_DEADLINE_HOURS"), PageRequest.of(0, 5));
        assertEquals(1, audited.total());
        assertTrue(audited.items().get(0).afterJson().contains("2031-01-01"));

        // a future version may be withdrawn; the previous one becomes open-ended again
        parameterService.withdrawFutureVersion(added.id());
        assertEquals(new BigDecimal("48"), parameters.valueOn(ParameterCode.JKK_REPORT_DEADLINE_HOURS, from));
    }

    @Test
    void onlyAdminsChangeParameters() {
        testCaller.actAs("keuangan", Role.FINANCE, null);
        assertEquals(BusinessException.Kind.FORBIDDEN, assertThrows(BusinessException.class,
                () -> parameterService.addVersion(ParameterCode.PREMIUM_JKM_MONTHLY, new BigDecimal("7000"),
                        LocalDate.of(2032, 1, 1), "x")).kind());
    }

    // ---- reference data and the OPD scope ---------------------------------------------------------------------

    @Test
    void regionsAndOrganisationsAreSeeded() {
        assertEquals(5, regions.kecamatan().size());
        assertEquals(29, regions.kelurahan().size());
        // V-09 / section 10: codes in either form, names with spelling variants
        assertEquals("Ketapang", regions.resolve("3574011001").map(KelurahanInfo::name).orElseThrow());
        assertEquals("35.74.02.1005", regions.resolve("Kedungasem").map(KelurahanInfo::code).orElseThrow());
        assertEquals("35.74.02.1005", regions.resolve("KEDUNG ASEM").map(KelurahanInfo::code).orElseThrow());
        assertEquals("35.74.02.1006", regions.resolve("Sumbertaman").map(KelurahanInfo::code).orElseThrow());
        assertEquals("35.74.04.1005", regions.resolve("Curah Grinting").map(KelurahanInfo::code).orElseThrow());
        assertTrue(regions.resolve("35.74.01.1004").isEmpty(), "codes have gaps; 1004 does not exist");
        assertTrue(regions.resolve("3578011001").isEmpty(), "not a kelurahan of this city");

        assertEquals(Set.of("DISPERINAKER", "DKUPP", "PERIKANAN", "PERTANIAN", "KEC_KADEMANGAN", "KEC_WONOASIH",
                        "KEC_MAYANGAN", "KEC_KANIGARAN", "KEC_KEDOPOK"),
                Set.copyOf(organisations.opds().stream().map(o -> o.code()).toList()));
        // E-04 defaults
        assertTrue(organisations.mayPropose("DKUPP", "UMKM"));
        assertFalse(organisations.mayPropose("DKUPP", "NELAYAN"));
        assertTrue(organisations.mayPropose("PERIKANAN", "NELAYAN"));
        assertTrue(organisations.mayPropose("PERTANIAN", "PETANI"));
        assertTrue(organisations.mayPropose("KEC_KEDOPOK", "RT_RW"));
        assertTrue(organisations.mayPropose("DISPERINAKER", "RT_RW"));
    }

    @Test
    void theDataScopeFollowsTheCaller() {
        testCaller.actAs("opd.dkupp", Role.OPD_OPERATOR, "DKUPP");
        assertEquals(DataScope.opd("DKUPP"), callers.scope());
        assertTrue(callers.scope().allows("DKUPP"));
        assertFalse(callers.scope().allows("PERIKANAN"));
        for (Role role : List.of(Role.ADMIN, Role.VERIFIER, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR)) {
            testCaller.actAs("x", role, null);
            assertTrue(callers.scope().isUnrestricted(), role.name());
        }
    }

    private static long count(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM platform.audit_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
