package id.rentan.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main journeys in headless Chromium against the real WAR: every demo role logs in and sees its own menu and
 * home page, a wrong password is refused, an OPD operator cannot open an administrator page, the language switch,
 * and an administrator creating a user who must then choose a new password.
 */
@RunAsClient
class LoginJourneyIT extends BrowserJourney {

    /** Every role: home, the reports overview, coverage and claims reports. */
    private static final Set<String> COMMON = Set.of("menu-home", "menu-reporting", "menu-reporting-coverage",
            "menu-reporting-claims");

    /** Budget and data-quality reports: everyone but the BPJS officer. */
    private static final String[] REPORTS_BUDGET = {"menu-reporting-budget", "menu-reporting-quality"};

    /** The evidence pack and the population/target page: administrator and auditor. */
    private static final String[] REPORTS_AUDIT = {"menu-reporting-evidence", "menu-reporting-targets"};

    private static Set<String> plus(Set<String> ids, String[]... more) {
        Set<String> out = new TreeSet<>(ids);
        for (String[] m : more) {
            out.addAll(Set.of(m));
        }
        return out;
    }

    static Stream<Arguments> demoAccounts() {
        return Stream.of(
                Arguments.of("admin", "Administrator", plus(menu(both(both(PARTICIPANTS_ALL, FUNDING_ALL), CLAIMS_ALL),
                        "menu-admin-users", "menu-admin-backup", "menu-admin-opds", "menu-admin-sectors",
                        "menu-parameters", "menu-audit"), REPORTS_BUDGET, REPORTS_AUDIT)),
                Arguments.of("opd.dkupp", "Operator OPD", plus(menu(OPD_PARTICIPANTS, CLAIMS_RECORDER), REPORTS_BUDGET)),
                Arguments.of("opd.perikanan", "Operator OPD", plus(menu(OPD_PARTICIPANTS, CLAIMS_RECORDER), REPORTS_BUDGET)),
                Arguments.of("opd.pertanian", "Operator OPD", plus(menu(OPD_PARTICIPANTS, CLAIMS_RECORDER), REPORTS_BUDGET)),
                Arguments.of("verifikator", "Verifikator", plus(menu(both(new String[] {"menu-participants",
                        "menu-participants-import", "menu-participants-verification", "menu-participants-submissions"},
                        CLAIMS_RECORDER), "menu-funding", "menu-parameters"), REPORTS_BUDGET)),
                Arguments.of("keuangan", "Keuangan", plus(menu(FUNDING_ALL, "menu-parameters", "menu-claims-at-risk"), REPORTS_BUDGET)),
                Arguments.of("keuangan2", "Keuangan", plus(menu(FUNDING_ALL, "menu-parameters", "menu-claims-at-risk"), REPORTS_BUDGET)),
                Arguments.of("bpjs", "Petugas BPJS", menu(both(new String[] {"menu-participants",
                        "menu-participants-submissions", "menu-participants-registrations"}, CLAIMS_RECORDER),
                        "menu-funding-invoices", "menu-funding-payments")),
                Arguments.of("auditor", "Auditor", plus(menu(both(both(new String[] {"menu-participants",
                        "menu-participants-submissions"}, FUNDING_ALL), CLAIMS_AUDITOR), "menu-parameters",
                        "menu-audit"), REPORTS_BUDGET, REPORTS_AUDIT)));
    }

    private static final String[] PARTICIPANTS_ALL = {"menu-participants", "menu-participants-import",
            "menu-participants-verification", "menu-participants-submissions", "menu-participants-registrations"};

    private static final String[] OPD_PARTICIPANTS = {"menu-participants", "menu-participants-import"};

    private static final String[] FUNDING_ALL = {"menu-funding", "menu-funding-allocations", "menu-funding-invoices",
            "menu-funding-payments", "menu-funding-ledger", "menu-funding-arrears"};

    /** Who records claims (ADMIN, OPD operators, verifiers, BPJS): the list, the entry and scholarship renewals. */
    private static final String[] CLAIMS_RECORDER = {"menu-claims", "menu-claims-new", "menu-claims-renewals"};

    /** The auditor reads claims and sees those at risk, but records none. */
    private static final String[] CLAIMS_AUDITOR = {"menu-claims", "menu-claims-at-risk", "menu-claims-renewals"};

    private static final String[] CLAIMS_ALL = {"menu-claims", "menu-claims-new", "menu-claims-at-risk",
            "menu-claims-renewals"};

    private static String[] both(String[] first, String[] second) {
        return Stream.concat(Stream.of(first), Stream.of(second)).toArray(String[]::new);
    }

    private static Set<String> menu(String... extra) {
        Set<String> ids = new TreeSet<>(COMMON);
        ids.addAll(Set.of(extra));
        return ids;
    }

    private static Set<String> menu(String[] participants, String... extra) {
        Set<String> ids = menu(extra);
        ids.addAll(Set.of(participants));
        return ids;
    }

    @ParameterizedTest(name = "{0} logs in and sees the menu of {1}")
    @MethodSource("demoAccounts")
    void eachDemoRoleLogsInAndSeesItsOwnMenu(String username, String roleLabel, Set<String> expectedMenu) {
        Browser b = browser().login(username, PASSWORD);
        assertTrue(b.path().equals("/") || b.path().endsWith("/index.xhtml"), "home page, not " + b.path());
        assertEquals(roleLabel, b.text("#current-role"));
        assertEquals(expectedMenu, b.menuIds());
        assertTrue(b.exists("#role-description"));
        b.screenshot("home-" + username);
        assertEquals(java.util.List.of(), b.consoleProblems(), "no CSP violations or script errors");
        b.logout();
        assertTrue(b.exists("#logged-out"));
    }

    @Test
    void theAuditorFollowsACoverageFigureToTheRegistryListBehindIt() {
        Browser b = browser().login("auditor", PASSWORD);
        b.go("reporting/coverage.xhtml");
        assertEquals("Laporan cakupan peserta", b.text("#page-title"));
        b.wait(20).until(d -> b.exists("#coverage\\:trend canvas"));
        assertTrue(b.exists("#by-SECTOR"), "the breakdown by sector");
        String covered = b.text("#coverage\\:covered");
        assertEquals(java.util.List.of(), b.consoleProblems(), "charts draw without CSP violations or script errors");
        b.screenshot("report-coverage");
        b.click("#coverage\\:covered");
        b.wait(20).until(d -> b.path().endsWith("/participants/index.xhtml"));
        assertEquals(java.time.YearMonth.now(java.time.ZoneId.of("Asia/Jakarta")).toString(),
                b.find("#registry\\:coveredIn").getAttribute("value"));
        b.click("#registry\\:countButton");
        b.wait(20).until(d -> b.exists("#registry\\:counted"));
        assertTrue(b.text("#registry\\:counted").contains(covered), "the list has as many people as the figure: "
                + covered + " vs " + b.text("#registry\\:counted"));
        b.go("reporting/index.xhtml");
        assertTrue(b.exists("#report-evidence"));
        b.logout();
    }

    @Test
    void aWrongPasswordIsRefused() {
        Browser b = browser().login("verifikator", "Salah#2026");
        assertTrue(b.path().endsWith("/login.xhtml"));
        assertEquals("Nama pengguna atau kata sandi salah.", b.text("#messages .ui-messages-error-summary"));
        assertTrue(b.find("#login\\:password").getAttribute("value").isEmpty(), "the password is not sent back");
    }

    @Test
    void anOpdOperatorOpeningAnAdminPageGets403() {
        Browser b = browser().login("opd.dkupp", PASSWORD);
        b.go("admin/users.xhtml");
        assertEquals("403", b.text("#error-code"));
        b.go("audit/index.xhtml");
        assertEquals("403", b.text("#error-code"));
        b.go("WEB-INF/templates/layout.xhtml");
        assertTrue(b.exists("#error-code") ? b.text("#error-code").equals("404") : b.driver().getPageSource().contains("404"));
        b.go("index.xhtml");
        b.logout();
    }

    @Test
    void aPageAskedForBeforeLoginOpensAfterLogin() {
        Browser b = browser();
        b.go("audit/index.xhtml");
        assertTrue(b.path().endsWith("/login.xhtml"));
        b.type("#login\\:username", "auditor");
        b.type("#login\\:password", PASSWORD);
        b.click("#login\\:submit");
        b.wait(20).until(d -> b.path().endsWith("/audit/index.xhtml"));
        assertEquals("Log Audit", b.text("#page-title"));
        assertTrue(b.exists("#audit\\:table"));
        b.logout();
    }

    @Test
    void aButtonPressedAfterTheSessionEndedLeadsToTheLoginPage() {
        Browser b = browser().login("admin", PASSWORD);
        b.go("admin/users.xhtml");
        b.find("#users\\:search");
        // the session times out on the server: the browser still sends a cookie the server no longer knows
        b.driver().manage().deleteCookieNamed("RENTAN_SESSION");
        b.driver().manage().addCookie(new org.openqa.selenium.Cookie("RENTAN_SESSION", "expired0000", "/"));
        b.click("#users\\:search"); // an ajax request
        b.wait(20).until(d -> b.path().endsWith("/login.xhtml"));
        assertTrue(b.exists("#view-expired"), "the login page says why");
    }

    @Test
    void theLanguageSwitchesToEnglishAndBack() {
        Browser b = browser().login("admin", PASSWORD);
        b.click("#userbar\\:lang-en");
        b.wait(20).until(d -> "Home".equals(b.text("#page-title")));
        assertEquals("Administrator", b.text("#current-role"));
        assertTrue(b.text("#menu").contains("Audit log"));
        b.click("#userbar\\:lang-id");
        b.wait(20).until(d -> "Beranda".equals(b.text("#page-title")));
        b.logout();
    }

    @Test
    void anAdministratorCreatesAUserWhoMustChooseANewPassword() {
        Browser b = browser().login("admin", PASSWORD);
        b.go("admin/users.xhtml");
        b.click("#users\\:create");
        b.find("#dialogs\\:formUsername");
        b.wait(10).until(d -> b.find("#dialogs\\:formUsername").isDisplayed());
        b.type("#dialogs\\:formUsername", "opd.kedopok");
        b.type("#dialogs\\:formFullName", "Operator Kecamatan Kedopok");
        // the role is OPD operator by default; choose the OPD
        b.selectOne("dialogs:formOpd", "KEC_KEDOPOK");
        b.type("#dialogs\\:formPassword_input, #dialogs\\:formPassword", "Awal#2026kd");
        b.screenshot("admin-create-user");
        b.click("#dialogs\\:save");
        b.wait(20).until(d -> b.driver().getPageSource().contains("opd.kedopok"));
        b.screenshot("admin-users");
        b.logout();

        b.login("opd.kedopok", "Awal#2026kd");
        b.wait(20).until(d -> b.path().endsWith("/account/password.xhtml"));
        b.type("#password\\:current", "Awal#2026kd");
        b.type("#password\\:new", "Baru#2026kd");
        b.type("#password\\:confirm", "Baru#2026kd");
        b.click("#password\\:save");
        b.wait(20).until(d -> b.path().equals("/") || b.path().endsWith("/index.xhtml"));
        assertEquals("Operator OPD", b.text("#current-role"));
        assertEquals(plus(menu(OPD_PARTICIPANTS, CLAIMS_RECORDER), REPORTS_BUDGET), b.menuIds());
        b.logout();
    }
}
