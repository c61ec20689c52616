package id.rentan.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The participants REST API from outside: import (body and multipart), the scoped registry, a participant's
 * lifecycle through verification, submission, BPJS registration results and termination, and the files.
 */
@RunAsClient
class ParticipantsApiIT extends ApplicationClient {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void importReportHasTheDocumentedShape() throws Exception {
        String good = TestData.nik();
        byte[] csv = TestData.csv(List.of(TestData.goodRow(good, "UMKM"), TestData.goodRow("1234", "UMKM")));
        HttpResponse<String> r = send("POST", "api/v1/participants/imports?dryRun=true", "opd.dkupp", "text/csv", csv);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject report = json(r.body());
        for (String key : List.of("importId", "total", "accepted", "rejected", "duplicates", "warnings", "rows")) {
            assertTrue(report.containsKey(key), key);
        }
        assertEquals(2, report.getInt("total"));
        assertEquals(1, report.getInt("accepted"));
        assertEquals(1, report.getInt("rejected"));
        JsonObject bad = report.getJsonArray("rows").getJsonObject(1);
        assertEquals(3, bad.getInt("line"));
        assertEquals("1234", bad.getString("nik"));
        assertEquals("REJECTED", bad.getString("outcome"));
        JsonObject message = bad.getJsonArray("messages").getJsonObject(0);
        assertEquals("V-01", message.getString("rule"));
        assertEquals("ERROR", message.getString("severity"));
        assertTrue(message.getString("text").startsWith("V-01: NIK harus tepat 16 angka"), message.getString("text"));
    }

    @Test
    void multipartUploadCommitsAndTheRegistryIsScoped() throws Exception {
        String nik = TestData.nik();
        byte[] csv = TestData.csv(List.of(TestData.goodRow(nik, "UMKM")));
        String boundary = "----rentan" + UUID.randomUUID();
        byte[] body = (("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"usulan.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + new String(csv, StandardCharsets.UTF_8) + "\r\n--" + boundary + "--\r\n"))
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = send("POST", "api/v1/participants/imports?dryRun=false", "opd.dkupp",
                "multipart/form-data; boundary=" + boundary, body);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, json(r.body()).getInt("accepted"));

        JsonObject page = json(send("GET", "api/v1/participants?nik=" + nik, "opd.dkupp", null, null).body());
        assertEquals(1, page.getInt("total"));
        assertTrue(page.getBoolean("totalExact"));
        JsonObject all = json(send("GET", "api/v1/participants?size=25", "opd.dkupp", null, null).body());
        assertFalse(all.getBoolean("totalExact"), "thousands of DKUPP participants: the list says more follow");
        assertEquals(25, all.getInt("total"));
        long counted = json(send("GET", "api/v1/participants/count", "opd.dkupp", null, null).body())
                .getJsonNumber("total").longValue();
        assertTrue(counted > 4_000, "the exact count on request: " + counted);
        JsonArray mine = json(send("GET", "api/v1/participants?size=100", "opd.dkupp", null, null).body())
                .getJsonArray("items");
        assertTrue(mine.stream().allMatch(v -> "DKUPP".equals(v.asJsonObject().getString("opdCode"))));

        // the same NIK seen by another OPD's operator: not there at all
        assertEquals(0, json(send("GET", "api/v1/participants?nik=" + nik, "opd.perikanan", null, null).body())
                .getInt("total"));
    }

    @Test
    void aBpjsOfficerListsOnlyTheStatusesBpjsWorksWith() throws Exception {
        // BPJS officers see only some statuses (submitted and later): the list, a name search and the count work
        HttpResponse<String> list = send("GET", "api/v1/participants?size=50", "bpjs", null, null);
        assertEquals(200, list.statusCode(), list.body());
        JsonArray items = json(list.body()).getJsonArray("items");
        assertFalse(items.isEmpty());
        assertTrue(items.stream().map(v -> v.asJsonObject().getString("status"))
                .noneMatch(s -> s.equals("CANDIDATE") || s.equals("VERIFIED") || s.equals("REJECTED")), list.body());
        HttpResponse<String> byName = send("GET", "api/v1/participants?name=a&size=5", "bpjs", null, null);
        assertEquals(200, byName.statusCode(), byName.body());
        assertEquals(200, send("GET", "api/v1/participants/count", "bpjs", null, null).statusCode());
        // an auditor sees every status
        assertEquals(200, send("GET", "api/v1/participants?size=5", "auditor", null, null).statusCode());
    }

    @Test
    void anOpdCannotOpenAnotherOpdsParticipantById() throws Exception {
        long fisher = json(send("GET", "api/v1/participants?sector=NELAYAN&size=1", "verifikator", null, null).body())
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> other = send("GET", "api/v1/participants/" + fisher, "opd.dkupp", null, null);
        assertEquals(404, other.statusCode());
        assertTrue(other.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertFalse(other.body().contains("NELAYAN"), "no data of the other OPD's participant");
        assertEquals(200, send("GET", "api/v1/participants/" + fisher, "opd.perikanan", null, null).statusCode());
    }

    @Test
    void aProposalGoesThroughTheWholeLifecycle() throws Exception {
        String nik = TestData.nik();
        String proposal = "{\"nik\":\"" + nik + "\",\"fullName\":\"Uji Api\",\"birthPlace\":\"Probolinggo\","
                + "\"birthDate\":\"1985-03-14\",\"gender\":\"P\",\"motherName\":\"Ibu Api\",\"address\":\"Jl. Api 1\","
                + "\"rt\":\"1\",\"rw\":\"1\",\"kelurahan\":\"Sukabumi\",\"sector\":\"UMKM\"}";
        HttpResponse<String> created = send("POST", "api/v1/participants", "opd.dkupp", "application/json",
                proposal.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created.body()).getJsonNumber("id").longValue();

        assertEquals(403, send("POST", "api/v1/participants/" + id + "/verification", "opd.dkupp", "application/json",
                "{\"decision\":\"VERIFY\"}".getBytes(StandardCharsets.UTF_8)).statusCode(), "an OPD cannot verify");
        HttpResponse<String> noReason = send("POST", "api/v1/participants/" + id + "/verification", "verifikator",
                "application/json", "{\"decision\":\"REJECT\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertTrue(noReason.body().contains("Alasan wajib diisi"), noReason.body());
        HttpResponse<String> verified = send("POST", "api/v1/participants/" + id + "/verification", "verifikator",
                "application/json", "{\"decision\":\"VERIFY\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("VERIFIED", json(verified.body()).getString("status"), verified.body());

        String start = YearMonth.now().plusMonths(1).toString();
        HttpResponse<String> submitted = send("POST", "api/v1/participants/submissions", "verifikator",
                "application/json", ("{\"plannedStart\":\"" + start + "\",\"participantIds\":[" + id + "]}")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, submitted.statusCode(), submitted.body());
        JsonObject batch = json(submitted.body());
        assertEquals(1, batch.getInt("submitted"));
        long batchId = batch.getJsonNumber("id").longValue();

        HttpResponse<String> export = send("GET", "api/v1/participants/submissions/" + batchId + "/export?format=csv",
                "bpjs", null, null);
        assertEquals(200, export.statusCode());
        assertTrue(export.body().contains("nik,no_kk,nama"), "the fields BPJS needs");
        assertTrue(export.body().contains(nik));

        String results = "nik,kpj,tanggal_mulai,status,alasan\n" + nik + ",2401122334," + start + "-01,REGISTERED,\n"
                + "3578019999990001,2401122335," + start + "-01,REGISTERED,\n";
        HttpResponse<String> registered = send("POST", "api/v1/participants/registrations", "bpjs", "text/csv",
                results.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, registered.statusCode(), registered.body());
        JsonArray rows = json("{\"r\":" + registered.body() + "}").getJsonArray("r");
        assertEquals("DONE", rows.getJsonObject(0).getString("outcome"));
        assertEquals("REFUSED", rows.getJsonObject(1).getString("outcome"), "a NIK that was not submitted");

        JsonObject active = json(send("GET", "api/v1/participants/" + id, "opd.dkupp", null, null).body());
        assertEquals("ACTIVE", active.getString("status"));
        assertEquals("2401122334", active.getString("kpj"));
        assertEquals(3, active.getJsonArray("history").size() - 1, "verified, submitted, active after the proposal");

        HttpResponse<String> ended = send("POST", "api/v1/participants/" + id + "/termination", "verifikator",
                "application/json", ("{\"reason\":\"Pindah domisili ke luar kota\",\"date\":\"" + start + "-28\"}")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals("TERMINATED", json(ended.body()).getString("status"), ended.body());
    }

    @Test
    void exportsAreScopedAndSafeForSpreadsheets() throws Exception {
        String nik = TestData.nik();
        String row = nik + ",,Uji Rumus,Probolinggo,1985-03-14,P,Ibu Uji,=HYPERLINK(\"http://evil\"),1,2,Ketapang,,UMKM,";
        send("POST", "api/v1/participants/imports?dryRun=false", "opd.dkupp", "text/csv", TestData.csv(List.of(row)));
        HttpResponse<String> csv = send("GET", "api/v1/participants/export?format=csv&nik=" + nik, "opd.dkupp", null, null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("'=HYPERLINK"), "formula neutralised: " + csv.body());
        HttpResponse<String> other = send("GET", "api/v1/participants/export?format=csv&nik=" + nik, "opd.pertanian",
                null, null);
        assertFalse(other.body().contains(nik));
        HttpResponse<byte[]> xlsx = http.send(request("GET", "api/v1/participants/export?format=xlsx&sector=UMKM",
                "opd.dkupp", null, null), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', (char) xlsx.body()[0], "a ZIP (XLSX) file");
    }

    @Test
    void theTemplateAndTheOpenApiDescribeTheImport() throws Exception {
        HttpResponse<String> template = send("GET", "api/v1/participants/import-template?format=csv", "opd.dkupp", null, null);
        assertEquals(200, template.statusCode());
        assertTrue(template.body().contains(TestData.HEADER));
        String openapi = send("GET", "openapi", null, null, null).body();
        assertTrue(openapi.contains("/api/v1/participants/imports"));
        assertTrue(openapi.contains("/api/v1/participants/submissions"));
    }

    private HttpResponse<String> send(String method, String path, String user, String contentType, byte[] body)
            throws Exception {
        return http.send(request(method, path, user, contentType, body),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest request(String method, String path, String user, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return b.build();
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
