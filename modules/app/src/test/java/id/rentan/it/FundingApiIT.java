package id.rentan.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The funding REST API from outside, as the shipped WAR answers it (demo data, demo accounts): allocations with their
 * figures (F-01), an invoice whose total is lines x rate (F-03) and its lines, BPJS's bill reconciled (F-04), a payment
 * refused to its recorder and approved by another treasurer (F-05), and the ledger's verification (F-06).
 */
@RunAsClient
class FundingApiIT extends ApplicationClient {

    @Test
    void allocationsInvoiceReconciliationPaymentAndLedgerOverTheApi() throws Exception {
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Jakarta"));
        int year = now.getYear();

        // F-01: the year's allocations with their running figures; only ADMIN records one, with a reason
        HttpResponse<String> r = exchange("GET", "api/v1/funding/allocations?year=" + year, "keuangan", null, null);
        assertEquals(200, r.statusCode(), r.body());
        JsonArray allocations = parseArray(r.body());
        JsonObject apbd = allocations.stream().map(JsonObject.class::cast)
                .filter(a -> "APBD".equals(a.getString("source"))).findFirst().orElseThrow();
        assertEquals(907_200_000L, apbd.getJsonNumber("allocated").longValue());
        for (String field : new String[]{"committed", "invoiced", "paid", "remaining", "placesLeft"}) {
            assertTrue(apbd.containsKey(field), field + " in " + apbd);
        }
        String allocation = "{\"year\":" + year + ",\"source\":\"APBD\",\"amount\":907200000,\"reason\":\"x\"}";
        assertEquals(403, exchange("POST", "api/v1/funding/allocations", "keuangan", "application/json",
                allocation.getBytes(StandardCharsets.UTF_8)).statusCode());
        HttpResponse<String> noReason = exchange("POST", "api/v1/funding/allocations", "admin", "application/json",
                ("{\"year\":" + year + ",\"source\":\"APBD\",\"amount\":907200000,\"reason\":\" \"}")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertTrue(noReason.headers().firstValue("Content-Type").orElse("").contains("problem+json"));

        // F-03: this month's APBD invoice (the demo data bills only the months before this one)
        String body = "{\"year\":" + year + ",\"month\":" + now.getMonthValue() + ",\"source\":\"APBD\"}";
        r = exchange("POST", "api/v1/funding/invoices", "keuangan", "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, r.statusCode(), r.body());
        JsonObject invoice = parseObject(r.body());
        long id = invoice.getJsonNumber("id").longValue();
        int lines = invoice.getInt("lines");
        assertTrue(lines > 100, "the demo participants funded by APBD: " + invoice);
        long total = invoice.getJsonNumber("total").longValue();
        if (!invoice.isNull("rate")) { // one rate for every line (else the demo's incomes differ: a rate per income)
            assertEquals(lines * invoice.getJsonNumber("rate").longValue(), total, "F-03: lines x rate, exactly");
        }
        assertEquals(409, exchange("POST", "api/v1/funding/invoices", "keuangan", "application/json",
                body.getBytes(StandardCharsets.UTF_8)).statusCode(), "the same month and source twice");
        JsonObject page = parseObject(exchange("GET", "api/v1/funding/invoices/" + id + "/lines?page=0&size=5", "auditor", null,
                null).body());
        assertEquals(lines + invoice.getInt("creditLines"), page.getJsonNumber("total").longValue());
        JsonArray items = page.getJsonArray("items");
        assertEquals(5, items.size());

        // F-04: BPJS bills the first line right, the second Rp200 too high, and forgets the rest
        long first = items.getJsonObject(0).getJsonNumber("amount").longValue();
        long second = items.getJsonObject(1).getJsonNumber("amount").longValue();
        String bill = "kpj,nik,nama,periode,iuran\n"
                + items.getJsonObject(0).getString("kpj", "") + "," + items.getJsonObject(0).getString("nik") + ",A,"
                + now + "," + first + "\n"
                + items.getJsonObject(1).getString("kpj", "") + "," + items.getJsonObject(1).getString("nik") + ",B,"
                + now + "," + (second + 200) + "\n";
        r = exchange("POST", "api/v1/funding/invoices/" + id + "/bpjs-bill", "bpjs", "text/csv",
                bill.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject rec = parseObject(r.body());
        JsonObject counts = rec.getJsonObject("counts");
        assertEquals(1, counts.getInt("MATCHED"));
        assertEquals(1, counts.getInt("WRONG_RATE"));
        assertEquals(lines - 2, counts.getInt("NOT_BILLED"));
        assertEquals(first + second + 200, rec.getJsonNumber("billTotal").longValue());
        assertEquals(first + second + 200 - rec.getJsonNumber("invoiceTotal").longValue(),
                rec.getJsonNumber("difference").longValue());
        assertEquals(403, exchange("POST", "api/v1/funding/invoices/" + id + "/bpjs-bill", "auditor", "text/csv",
                bill.getBytes(StandardCharsets.UTF_8)).statusCode());

        // F-05: keuangan records the payment and may not approve it; keuangan2 approves; BPJS's receipt pays it
        String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        String payment = "{\"invoiceId\":" + id + ",\"sppNumber\":\"SPP/API/" + id + "\",\"sppDate\":\"" + today
                + "\",\"spmNumber\":\"SPM/API/" + id + "\",\"spmDate\":\"" + today + "\",\"sp2dNumber\":\"SP2D/API/"
                + id + "\",\"sp2dDate\":\"" + today + "\",\"amount\":" + total + "}";
        r = exchange("POST", "api/v1/funding/payments", "keuangan", "application/json",
                payment.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, r.statusCode(), r.body());
        long paymentId = parseObject(r.body()).getJsonNumber("id").longValue();
        HttpResponse<String> own = exchange("POST", "api/v1/funding/payments/" + paymentId + "/approval", "keuangan",
                null, null);
        assertEquals(403, own.statusCode(), own.body());
        assertTrue(own.body().contains("\"detail\""), "a problem document saying why: " + own.body());
        r = exchange("POST", "api/v1/funding/payments/" + paymentId + "/approval", "keuangan2", null, null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("APPROVED", parseObject(r.body()).getString("status"));
        r = exchange("POST", "api/v1/funding/payments/" + paymentId + "/receipt", "keuangan2", "application/json",
                ("{\"receiptNumber\":\"BPJS/KW/API/" + id + "\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("PAID", parseObject(exchange("GET", "api/v1/funding/invoices/" + id, "auditor", null, null).body())
                .getString("status"));

        // F-06: the ledger verifies, for auditors and administrators only
        r = exchange("GET", "api/v1/funding/ledger/verification", "auditor", null, null);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject verification = parseObject(r.body());
        assertTrue(verification.getBoolean("valid"), r.body());
        assertTrue(verification.getJsonNumber("entries").longValue() >= 2);
        assertEquals(403, exchange("GET", "api/v1/funding/ledger/verification", "keuangan", null, null).statusCode());

        // arrears: readable by FINANCE, the check is ADMIN's
        assertEquals(200, exchange("GET", "api/v1/funding/arrears", "keuangan", null, null).statusCode());
        assertEquals(403, exchange("POST", "api/v1/funding/arrears/check", "keuangan", null, null).statusCode());
    }
}
