package id.rentan.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST API and the HTTP surface from outside, as a client would see them: authentication (401), roles (403),
 * problem-JSON, {@code /api/v1/me}, the operations endpoints and the security headers.
 */
@RunAsClient
class ApiIT extends ApplicationClient {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void withoutCredentialsTheApiAnswers401WithAProblem() throws Exception {
        HttpResponse<String> r = get("api/v1/me", null);
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(r.body().contains("\"status\":401"), r.body());
        assertTrue(r.body().contains("\"detail\":"), r.body());
        assertTrue(r.headers().firstValue("Set-Cookie").isEmpty(), "the API creates no session");
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        HttpResponse<String> r = get("api/v1/me", basic("admin", "Demo#2025"));
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("\"status\":401"));
    }

    @Test
    void aRoleThatMayNotIs403WithAProblem() throws Exception {
        HttpResponse<String> r = get("api/v1/audit", basic("opd.dkupp", PASSWORD));
        assertEquals(403, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(r.body().contains("\"status\":403"), r.body());
        assertEquals(403, get("api/v1/audit", basic("keuangan", PASSWORD)).statusCode());
        assertEquals(403, get("api/v1/audit", basic("bpjs", PASSWORD)).statusCode());
    }

    @Test
    void theRightRoleGets200() throws Exception {
        HttpResponse<String> r = get("api/v1/audit?size=5", basic("auditor", PASSWORD));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.body().contains("\"items\":["), r.body());
        assertEquals(200, get("api/v1/audit?size=5", basic("admin", PASSWORD)).statusCode());
    }

    @Test
    void meTellsUsernameRolesAndOpd() throws Exception {
        HttpResponse<String> opd = get("api/v1/me", basic("opd.perikanan", PASSWORD));
        assertEquals(200, opd.statusCode());
        assertEquals("{\"opd\":\"PERIKANAN\",\"roles\":[\"OPD_OPERATOR\"],\"username\":\"opd.perikanan\"}", opd.body());
        HttpResponse<String> admin = get("api/v1/me", basic("admin", PASSWORD));
        assertEquals("{\"opd\":null,\"roles\":[\"ADMIN\"],\"username\":\"admin\"}", admin.body());
    }

    @Test
    void onlyAdminsAddParameterVersionsAndBadInputIsAProblem() throws Exception {
        String body = "{\"value\": 7000, \"validFrom\": \"2033-01-01\", \"legalBasis\": \"uji\"}";
        HttpResponse<String> finance = post("api/v1/parameters/PREMIUM_JKM_MONTHLY/versions", basic("keuangan", PASSWORD), body);
        assertEquals(403, finance.statusCode());

        HttpResponse<String> missing = post("api/v1/parameters/PREMIUM_JKM_MONTHLY/versions", basic("admin", PASSWORD),
                "{\"value\": 7000}");
        assertEquals(400, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("\"violations\""), missing.body());

        HttpResponse<String> unknown = post("api/v1/parameters/NO_SUCH/versions", basic("admin", PASSWORD), body);
        assertEquals(404, unknown.statusCode(), unknown.body());

        HttpResponse<String> past = post("api/v1/parameters/PREMIUM_JKM_MONTHLY/versions", basic("admin", PASSWORD),
                "{\"value\": 7000, \"validFrom\": \"2010-01-01\", \"legalBasis\": \"uji\"}");
        assertEquals(409, past.statusCode(), past.body());
        assertTrue(past.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> garbage = post("api/v1/parameters/PREMIUM_JKM_MONTHLY/versions", basic("admin", PASSWORD),
                "{not json");
        assertEquals(400, garbage.statusCode(), garbage.body());
        assertFalse(garbage.body().contains("Exception"), "no stack traces or exception names: " + garbage.body());
    }

    @Test
    void parametersAreReadableByEveryRole() throws Exception {
        HttpResponse<String> r = get("api/v1/parameters/PREMIUM_JKM_MONTHLY?date=2026-11-21", basic("bpjs", PASSWORD));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"value\":6800"), r.body());
        assertTrue(r.body().contains("\"rule\":\"C-01\""), r.body());
    }

    @Test
    void unknownPathsAre404Problems() throws Exception {
        HttpResponse<String> r = get("api/v1/no/such/thing", basic("admin", PASSWORD));
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void problemsSpeakEnglishOnRequest() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve("api/v1/audit"))
                .header("Authorization", basic("opd.dkupp", PASSWORD))
                .header("Accept-Language", "en-GB,en;q=0.9")
                .GET().build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(r.body().contains("\"title\":\"Access denied\""), r.body());
    }

    @Test
    void operationsEndpointsAreLive() throws Exception {
        HttpResponse<String> health = get("health/ready", null);
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"database\""), health.body());
        HttpResponse<String> openapi = get("openapi", null);
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/me"), "the REST API is documented");
        assertEquals(200, get("metrics", null).statusCode());
    }

    @Test
    void pagesNeedALoginAndCarrySecurityHeaders() throws Exception {
        HttpResponse<String> admin = get("admin/users.xhtml", null);
        assertEquals(302, admin.statusCode());
        assertTrue(admin.headers().firstValue("Location").orElse("").contains("/login.xhtml"));

        HttpResponse<String> login = get("login.xhtml", null);
        assertEquals(200, login.statusCode());
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self' 'nonce-"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(login.body().contains("name=\"jakarta.faces.ViewState\""), "every form carries its view state");
        String cookie = login.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    void aFormPostedWithoutItsViewStateChangesNothing() throws Exception {
        // a logged-in administrator's browser, as another site would make it post (CSRF)
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = browser.send(HttpRequest.newBuilder(base.toURI().resolve("login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String viewState = viewState(loginPage);
        HttpResponse<String> login = browser.send(form("login.xhtml", "login=login&login%3Ausername=admin"
                + "&login%3Apassword=Demo%232026&login%3Asubmit=&jakarta.faces.ViewState=" + enc(viewState)),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), "logged in");

        // the forged request: a valid session cookie, but no view state of a page the server rendered
        HttpResponse<String> forged = browser.send(form("admin/users.xhtml", "dialogs=dialogs"
                        + "&dialogs%3AformUsername=csrf.victim&dialogs%3AformFullName=Forged+User"
                        + "&dialogs%3AformRole=ADMIN&dialogs%3AformPassword=Forged%232026x&dialogs%3Asave="
                        + "&jakarta.faces.ViewState=forged"),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(forged.body().contains("id=\"error-text\""), "the expired-view page, not the action");

        HttpResponse<String> users = get("api/v1/audit?action=USER_CREATED", basic("auditor", PASSWORD));
        assertFalse(users.body().contains("csrf.victim"), users.body());
    }

    private HttpRequest form(String path, String body) throws Exception {
        return HttpRequest.newBuilder(base.toURI().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String viewState(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "the page has a view state");
        return m.group(1);
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String authorization, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
