package id.rentan.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The claims REST API from outside, on the demo data: a JKM death of a Pertanian farmer whose month is paid is
 * covered with Rp42,000,000 expected (B-01, CL-01); a second death claim is refused; heirs, a scan, the checklist,
 * submission and BPJS's decision; OPD scoping, roles and problem-JSON errors; everything in /openapi.
 */
@RunAsClient
class ClaimsApiIT extends ApplicationClient {

    private static final String JSON = "application/json";

    private static byte[] body(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** A Pertanian participant covered on the event date with a paid month and at least 3 months of membership. */
    private JsonObject coveredParticipant(LocalDate event) throws Exception {
        JsonArray active = parseObject(exchange("GET", "api/v1/participants?status=ACTIVE&size=200", "opd.pertanian",
                null, null).body()).getJsonArray("items");
        for (JsonValue v : active) {
            JsonObject p = v.asJsonObject();
            if (p.isNull("coverageStart")
                    || LocalDate.parse(p.getString("coverageStart")).plusMonths(3).isAfter(event)) {
                continue;
            }
            HttpResponse<String> preview = exchange("POST", "api/v1/claims/preview", "opd.pertanian", JSON,
                    body("{\"participantId\":" + p.getJsonNumber("id").longValue() + ",\"type\":\"JKM_DEATH\","
                            + "\"eventDate\":\"" + event + "\"}"));
            assertEquals(200, preview.statusCode(), preview.body());
            JsonObject check = parseObject(preview.body());
            if (check.getBoolean("covered") && !check.getBoolean("atRisk")
                    && !check.getBoolean("deathAlreadyClaimed")) {
                return p;
            }
        }
        throw new AssertionError("no covered Pertanian participant in the demo data for " + event);
    }

    @Test
    void aDeathClaimFromEntryToPaymentOverTheApi() throws Exception {
        // the last month whose premium is due (30 days after its end): the demo data has invoiced and paid it
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        YearMonth due = YearMonth.from(today);
        while (!due.atEndOfMonth().plusDays(30).isBefore(today)) {
            due = due.minusMonths(1);
        }
        LocalDate event = due.atDay(12);
        JsonObject participant = coveredParticipant(event);
        String nik = participant.getString("nik");
        String claimJson = "{\"nik\":\"" + nik + "\",\"type\":\"JKM_DEATH\",\"eventDate\":\"" + event
                + "\",\"reportedAt\":\"" + event.plusDays(2) + "T09:30\",\"description\":\"Meninggal di rumah\"}";

        // roles: FINANCE and auditors do not record claims
        assertEquals(403, exchange("POST", "api/v1/claims", "keuangan", JSON, body(claimJson)).statusCode());
        assertEquals(403, exchange("POST", "api/v1/claims", "auditor", JSON, body(claimJson)).statusCode());
        // another OPD does not find the participant
        assertEquals(404, exchange("POST", "api/v1/claims", "opd.dkupp", JSON, body(claimJson)).statusCode());

        HttpResponse<String> created = exchange("POST", "api/v1/claims", "opd.pertanian", JSON, body(claimJson));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject claim = parseObject(created.body());
        long id = claim.getJsonNumber("id").longValue();
        assertEquals("REPORTED", claim.getString("status"));
        assertTrue(claim.getBoolean("covered"));
        assertFalse(claim.getBoolean("atRisk"));
        assertEquals("COVERED", claim.getString("coverageReason"));
        assertEquals(42_000_000L, claim.getJsonNumber("expectedBenefit").longValue());
        JsonArray breakdown = claim.getJsonArray("breakdown");
        assertEquals(List.of("JKM_LUMP_SUM", "JKM_PERIODIC", "JKM_FUNERAL"),
                breakdown.stream().map(b -> b.asJsonObject().getString("item")).toList());
        assertEquals(List.of(20_000_000L, 12_000_000L, 10_000_000L),
                breakdown.stream().map(b -> b.asJsonObject().getJsonNumber("amount").longValue()).toList());
        assertTrue(breakdown.stream().allMatch(b -> "B-01".equals(b.asJsonObject().getString("rule"))));

        // the participant is DECEASED as of the event date; a second death claim is refused
        JsonObject after = parseObject(exchange("GET", "api/v1/participants/" + participant.getJsonNumber("id")
                .longValue(), "opd.pertanian", null, null).body());
        assertEquals("DECEASED", after.getString("status"), after.toString());
        HttpResponse<String> twice = exchange("POST", "api/v1/claims", "opd.pertanian", JSON, body(claimJson.replace(
                "JKM_DEATH", "JKK_DEATH")));
        assertEquals(409, twice.statusCode(), twice.body());
        assertTrue(twice.headers().firstValue("Content-Type").orElse("").contains("problem+json"));

        // lists and scoping
        JsonObject page = parseObject(exchange("GET", "api/v1/claims?status=REPORTED&type=JKM_DEATH&q=" + nik,
                "verifikator", null, null).body());
        assertEquals(1, page.getJsonNumber("total").longValue(), page.toString());
        assertEquals(id, page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(404, exchange("GET", "api/v1/claims/" + id, "opd.dkupp", null, null).statusCode());
        assertEquals(403, exchange("GET", "api/v1/claims/" + id, "keuangan", null, null).statusCode());
        assertEquals(200, exchange("GET", "api/v1/claims/" + id, "auditor", null, null).statusCode());
        assertEquals(0, parseObject(exchange("GET", "api/v1/claims?q=" + nik, "opd.dkupp", null, null).body())
                .getJsonNumber("total").longValue());

        // heirs in CL-03 order; the marriage book becomes required with a spouse
        HttpResponse<String> spouse = exchange("POST", "api/v1/claims/" + id + "/heirs", "opd.pertanian", JSON,
                body("{\"name\":\"Sri Wahyuni\",\"nik\":\"" + TestData.nik(LocalDate.of(1988, 2, 2))
                        + "\",\"relation\":\"SPOUSE\"}"));
        assertEquals(201, spouse.statusCode(), spouse.body());
        HttpResponse<String> child = exchange("POST", "api/v1/claims/" + id + "/heirs", "opd.pertanian", JSON,
                body("{\"name\":\"Dimas\",\"nik\":\"" + TestData.nik(LocalDate.of(2015, 8, 17))
                        + "\",\"relation\":\"CHILD\",\"birthDate\":\"2015-08-17\"}"));
        assertEquals(201, child.statusCode(), child.body());
        JsonObject withHeirs = parseObject(child.body());
        assertTrue(withHeirs.getJsonArray("heirs").stream().allMatch(h -> h.asJsonObject().getBoolean("entitled")));
        assertTrue(withHeirs.getJsonArray("missingDocuments").toString().contains("MARRIAGE_BOOK"));
        HttpResponse<String> badNik = exchange("POST", "api/v1/claims/" + id + "/heirs", "opd.pertanian", JSON,
                body("{\"name\":\"X\",\"nik\":\"123\",\"relation\":\"PARENT\"}"));
        assertEquals(422, badNik.statusCode(), badNik.body());

        // S-01 / B-03: a scholarship needs 36 months of membership after a JKM death
        long childId = withHeirs.getJsonArray("heirs").stream().map(JsonValue::asJsonObject)
                .filter(h -> "CHILD".equals(h.getString("relation"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        int schoolYear = LocalDate.now().getMonthValue() >= 7 ? LocalDate.now().getYear() : LocalDate.now().getYear() - 1;
        HttpResponse<String> scholarship = exchange("POST", "api/v1/claims/" + id + "/scholarships", "opd.pertanian",
                JSON, body("{\"heirId\":" + childId + ",\"schoolYear\":" + schoolYear + ",\"level\":\"TK_SD\"}"));
        if (claim.getInt("membershipMonths") >= 36) {
            assertEquals(201, scholarship.statusCode(), scholarship.body());
        } else {
            assertEquals(422, scholarship.statusCode(), scholarship.body());
            assertTrue(scholarship.body().contains("B-03"), scholarship.body());
        }

        // a scan, checked by content, served with its checksum to readers only
        byte[] pdf = "%PDF-1.4\n% KPJ card\n".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> upload = exchange("POST", "api/v1/claims/" + id + "/documents/KPJ_CARD/file?fileName=kpj.pdf",
                "opd.pertanian", "application/pdf", pdf);
        assertEquals(200, upload.statusCode(), upload.body());
        JsonObject kpjCard = parseObject(upload.body()).getJsonArray("documents").stream().map(JsonValue::asJsonObject)
                .filter(d -> "KPJ_CARD".equals(d.getString("type"))).findFirst().orElseThrow();
        assertTrue(kpjCard.getBoolean("checked"));
        assertEquals(64, kpjCard.getString("sha256").length());
        HttpResponse<String> notPdf = exchange("POST", "api/v1/claims/" + id + "/documents/KTP_DECEASED/file",
                "opd.pertanian", "application/pdf", body("just text"));
        assertEquals(422, notPdf.statusCode(), notPdf.body());
        HttpResponse<byte[]> file = download("api/v1/claims/" + id + "/documents/KPJ_CARD/file", "auditor");
        assertEquals(200, file.statusCode());
        assertArrayEquals(pdf, file.body());
        assertEquals(kpjCard.getString("sha256"), file.headers().firstValue("X-Content-SHA256").orElse(null));
        assertEquals(403, download("api/v1/claims/" + id + "/documents/KPJ_CARD/file", "keuangan").statusCode());

        // the checklist, submission, BPJS's decision
        HttpResponse<String> early = exchange("POST", "api/v1/claims/" + id + "/submission", "opd.pertanian", JSON,
                body("{\"trackingNumber\":\"JKM-IT-1\"}"));
        assertEquals(409, early.statusCode(), "documents missing: " + early.body());
        for (JsonValue missing : parseObject(exchange("GET", "api/v1/claims/" + id, "opd.pertanian", null, null)
                .body()).getJsonArray("missingDocuments")) {
            String type = ((jakarta.json.JsonString) missing).getString();
            assertEquals(200, exchange("PUT", "api/v1/claims/" + id + "/documents/" + type, "opd.pertanian", JSON,
                    body("{\"checked\":true}")).statusCode());
        }
        HttpResponse<String> submitted = exchange("POST", "api/v1/claims/" + id + "/submission", "opd.pertanian",
                JSON, body("{\"trackingNumber\":\"JKM-IT-1\"}"));
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", parseObject(submitted.body()).getString("status"));
        assertEquals(403, exchange("POST", "api/v1/claims/" + id + "/decision", "opd.pertanian", JSON,
                body("{\"decision\":\"APPROVED\",\"amount\":42000000}")).statusCode(), "only BPJS decides");
        HttpResponse<String> unknown = exchange("POST", "api/v1/claims/" + id + "/decision", "bpjs", JSON,
                body("{\"decision\":\"MAYBE\"}"));
        assertEquals(422, unknown.statusCode(), unknown.body());
        JsonObject approved = parseObject(exchange("POST", "api/v1/claims/" + id + "/decision", "bpjs", JSON,
                body("{\"decision\":\"APPROVED\",\"amount\":42000000}")).body());
        assertEquals("APPROVED", approved.getString("status"), approved.toString());
        assertFalse(approved.getBoolean("amountDiffers"));
        JsonObject paid = parseObject(exchange("POST", "api/v1/claims/" + id + "/decision", "bpjs", JSON,
                body("{\"decision\":\"PAID\",\"paidOn\":\"" + LocalDate.now(ZoneId.of("Asia/Jakarta")) + "\"}"))
                .body());
        assertEquals("PAID", paid.getString("status"), paid.toString());
        assertNotNull(paid.getString("paidOn"));
        assertTrue(paid.getJsonArray("history").size() >= 5);

        // bad input gets a problem and saves nothing
        HttpResponse<String> badDate = exchange("POST", "api/v1/claims", "opd.pertanian", JSON,
                body("{\"nik\":\"" + nik + "\",\"type\":\"JKK_MEDICAL\",\"eventDate\":\"2026-13-01\"}"));
        assertEquals(422, badDate.statusCode(), badDate.body());
        HttpResponse<String> badType = exchange("POST", "api/v1/claims", "opd.pertanian", JSON,
                body("{\"nik\":\"" + nik + "\",\"type\":\"FLOOD\",\"eventDate\":\"" + event + "\"}"));
        assertEquals(422, badType.statusCode(), badType.body());

        // FINANCE's list of claims at risk; the export is a file
        assertEquals(200, exchange("GET", "api/v1/claims/at-risk", "keuangan", null, null).statusCode());
        assertEquals(403, exchange("GET", "api/v1/claims/at-risk", "opd.pertanian", null, null).statusCode());
        HttpResponse<String> csv = exchange("GET", "api/v1/claims/export?format=csv&q=" + nik, "auditor", null, null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().lines().count() >= 2, csv.body());

        String openapi = exchange("GET", "openapi", "admin", null, null).body();
        for (String path : new String[]{"/api/v1/claims", "/decision", "/scholarships", "/heirs", "/at-risk",
                "/documents/{type}/file", "/preview"}) {
            assertTrue(openapi.contains(path), path + " in /openapi");
        }
    }

    private HttpResponse<byte[]> download(String path, String user) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base.toString())
                        .resolve(path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
