package id.rentan.platform.application;

import id.rentan.platform.api.module.DemoDataRequested;
import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.application.param.ParameterService;
import id.rentan.platform.application.security.AccountBootstrap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What happens once the database is migrated, depending on {@code rentan.profile}:
 * <ul>
 *   <li>{@code demo} (the README's run command): the demo accounts of every role, all with the demo-only password
 *       {@value #DEMO_PASSWORD}, then {@link DemoDataRequested} so every module adds its demo data. Nothing that
 *       already exists is touched, so a second run keeps the data.</li>
 *   <li>{@code production} (the default): no demo data and no demo accounts. If no administrator exists, the first
 *       one is created from {@code RENTAN_ADMIN_USERNAME} (default {@code admin}) and {@code RENTAN_ADMIN_PASSWORD};
 *       they must choose a new password at first login.</li>
 * </ul>
 */
@ApplicationScoped
public class StartupTasks {

    /** DEMO ONLY: the password of every demo account (documented in the README). Never used in production. */
    public static final String DEMO_PASSWORD = "Demo#2026";

    private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

    /** A demo account: user name, full name, role and OPD. */
    public record DemoAccount(String username, String fullName, Role role, String opd) {
    }

    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin", "Administrator Program (Disperinaker)", Role.ADMIN, null),
            new DemoAccount("opd.dkupp", "Operator DKUPP", Role.OPD_OPERATOR, "DKUPP"),
            new DemoAccount("opd.perikanan", "Operator Dinas Perikanan", Role.OPD_OPERATOR, "PERIKANAN"),
            new DemoAccount("opd.pertanian", "Operator Dinas Pertanian", Role.OPD_OPERATOR, "PERTANIAN"),
            new DemoAccount("verifikator", "Tim Verifikasi Disperinaker", Role.VERIFIER, null),
            new DemoAccount("keuangan", "Bendahara Pengeluaran", Role.FINANCE, null),
            new DemoAccount("keuangan2", "PPTK Jaminan Sosial", Role.FINANCE, null),
            new DemoAccount("bpjs", "Petugas BPJS Ketenagakerjaan Cabang Probolinggo", Role.BPJS_OFFICER, null),
            new DemoAccount("auditor", "Auditor Inspektorat", Role.AUDITOR, null));

    @Inject
    @ConfigProperty(name = "rentan.profile", defaultValue = "production")
    String profile;

    @Inject
    @ConfigProperty(name = "rentan.admin.username", defaultValue = "admin")
    String adminUsername;

    @Inject
    @ConfigProperty(name = "rentan.admin.password")
    Optional<String> adminPassword;

    @Inject
    AccountBootstrap accounts;

    @Inject
    BusinessClock clock;

    @Inject
    ParameterService parameters;

    @Inject
    Event<DemoDataRequested> demoData;

    public boolean isDemo() {
        return "demo".equalsIgnoreCase(profile.trim());
    }

    @ActivateRequestContext
    public void run() {
        if (isDemo()) {
            LOG.warning("rentan.profile=demo: demo accounts and demo data are created. NEVER use this profile in production.");
            accounts.createDemoAccounts(DEMO_ACCOUNTS, DEMO_PASSWORD);
            demoData.fire(new DemoDataRequested(clock.today()));
        } else {
            accounts.createFirstAdministrator(adminUsername, adminPassword);
        }
        List<ParameterCode> missing = parameters.missingToday();
        if (!missing.isEmpty()) {
            LOG.warning(() -> "Dated parameters without a value today: " + missing);
        }
    }

    /** The demo accounts, for the login page of the demo profile. */
    public List<Map<String, String>> demoAccounts() {
        return DEMO_ACCOUNTS.stream()
                .map(d -> Map.of("username", d.username(), "role", d.role().name()))
                .toList();
    }
}
