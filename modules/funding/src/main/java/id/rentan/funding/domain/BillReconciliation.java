package id.rentan.funding.domain;

import id.rentan.platform.api.identity.Nik;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * F-04: BPJS's bill for a month, matched line by line against the city's invoice of that month. Every bill row is
 * MATCHED, WRONG_RATE (the participant is on the invoice at another amount), AFTER_EXIT (billed for a month after the
 * participant's death or exit), NOT_ENROLLED (the city has no such participant for this source) or INVALID (the row
 * cannot be read, names another month, or repeats a NIK); every invoice line no bill row names is NOT_BILLED. Each
 * outcome carries the difference in rupiah as BPJS billed minus what the city expects, so the differences add up to
 * the bill's total minus the invoice's premiums.
 */
public final class BillReconciliation {

    /** The outcome of one bill row or invoice line. */
    public enum Outcome { MATCHED, WRONG_RATE, AFTER_EXIT, NOT_ENROLLED, NOT_BILLED, INVALID }

    /** A row of BPJS's bill as read from the file ({@code kpj,nik,nama,periode,iuran}). */
    public record BillRow(int line, String kpj, String nik, String name, String period, String amount) {
    }

    /** What the city billed one participant for the month (an invoice's PREMIUM line). */
    public record Expected(String nik, String kpj, String name, long amount) {
    }

    /**
     * One result row.
     *
     * @param line       the bill's line number, or {@code null} for an invoice line BPJS did not bill
     * @param billed     what BPJS billed (0 when not billed or unreadable)
     * @param expected   what the city's invoice says (0 when not on it)
     * @param difference billed minus expected
     * @param note       why, for the reader (Indonesian, as stored)
     */
    public record Row(Integer line, Outcome outcome, String kpj, String nik, String name, long billed, long expected,
                      long difference, String note) {
    }

    /** The result: one row per bill row and per unbilled invoice line, and the sums. */
    public record Result(List<Row> rows, int billRows, long billTotal, long invoiceTotal, Map<Outcome, Integer> counts) {

        public int count(Outcome outcome) {
            return counts.getOrDefault(outcome, 0);
        }

        /** Bill total minus invoice premiums: the sum of every row's difference. */
        public long difference() {
            return billTotal - invoiceTotal;
        }
    }

    private static final List<DateTimeFormatter> PERIODS = List.of(DateTimeFormatter.ofPattern("uuuu-MM"),
            DateTimeFormatter.ofPattern("uuuuMM"), DateTimeFormatter.ofPattern("MM/uuuu"),
            DateTimeFormatter.ofPattern("MM-uuuu"), DateTimeFormatter.ofPattern("uuuu/MM"));

    private BillReconciliation() {
    }

    /**
     * Reconciles a bill against an invoice.
     *
     * @param period    the invoice's month
     * @param expected  the invoice's PREMIUM lines
     * @param exited    NIKs of this source whose cover ended before the month (death or exit)
     * @param bill      the bill's rows
     */
    public static Result reconcile(YearMonth period, List<Expected> expected, Set<String> exited, List<BillRow> bill) {
        Map<String, Expected> byNik = new LinkedHashMap<>();
        Map<String, Expected> byKpj = new HashMap<>();
        long invoiceTotal = 0;
        for (Expected e : expected) {
            byNik.put(e.nik(), e);
            if (e.kpj() != null && !e.kpj().isBlank()) {
                byKpj.put(e.kpj(), e);
            }
            invoiceTotal += e.amount();
        }
        Set<String> billed = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        long billTotal = 0;
        for (BillRow b : bill) {
            String nik = b.nik() == null ? "" : b.nik().replaceAll("\\s", "");
            String kpj = b.kpj() == null ? "" : b.kpj().replaceAll("\\s", "");
            Long amount = amount(b.amount());
            if (amount == null || amount < 0) {
                rows.add(invalid(b, nik, kpj, 0, "Iuran tidak terbaca: " + b.amount()));
                continue;
            }
            billTotal += amount;
            YearMonth billedPeriod = period(b.period());
            if (billedPeriod == null) {
                rows.add(invalid(b, nik, kpj, amount, "Periode tidak terbaca: " + b.period()));
                continue;
            }
            if (!billedPeriod.equals(period)) {
                rows.add(invalid(b, nik, kpj, amount, "Periode " + billedPeriod + ", bukan " + period));
                continue;
            }
            Expected e = byNik.get(nik);
            if (e == null && !kpj.isEmpty()) {
                e = byKpj.get(kpj);
            }
            String key = e != null ? e.nik() : nik;
            if (!billed.add(key.isEmpty() ? "KPJ:" + kpj : key)) {
                rows.add(invalid(b, nik, kpj, amount, "Ditagih lebih dari sekali pada tagihan ini"));
                continue;
            }
            if (e != null) {
                if (e.amount() == amount) {
                    rows.add(new Row(b.line(), Outcome.MATCHED, e.kpj(), e.nik(), e.name(), amount, e.amount(), 0,
                            null));
                } else {
                    rows.add(new Row(b.line(), Outcome.WRONG_RATE, e.kpj(), e.nik(), e.name(), amount, e.amount(),
                            amount - e.amount(), "Tarif BPJS " + amount + ", tarif kota " + e.amount()));
                }
            } else if (exited.contains(nik)) {
                rows.add(new Row(b.line(), Outcome.AFTER_EXIT, kpj, nik, b.name(), amount, 0, amount,
                        "Ditagih setelah meninggal/keluar"));
            } else {
                rows.add(new Row(b.line(), Outcome.NOT_ENROLLED, kpj, nik, b.name(), amount, 0, amount,
                        Nik.check(nik).isEmpty() ? "Tidak terdaftar pada tagihan kota bulan ini"
                                : "NIK tidak sah dan tidak terdaftar"));
            }
        }
        for (Expected e : byNik.values()) {
            if (!billed.contains(e.nik())) {
                rows.add(new Row(null, Outcome.NOT_BILLED, e.kpj(), e.nik(), e.name(), 0, e.amount(), -e.amount(),
                        "Terdaftar tetapi tidak ditagih BPJS"));
            }
        }
        Map<Outcome, Integer> counts = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        for (Row r : rows) {
            counts.merge(r.outcome(), 1, Integer::sum);
        }
        return new Result(rows, bill.size(), billTotal, invoiceTotal, counts);
    }

    private static Row invalid(BillRow b, String nik, String kpj, long amount, String note) {
        return new Row(b.line(), Outcome.INVALID, kpj, nik, b.name(), amount, 0, amount, note);
    }

    /** Whole rupiah: "16800", "16.800", "16,800", "Rp 16.800", "16800.00". */
    static Long amount(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace("RP", "").replace(" ", "");
        if (t.matches("-?\\d+([.,]00)?")) {
            t = t.replaceAll("[.,]00$", "");
        } else if (t.matches("-?\\d{1,3}([.,]\\d{3})+")) {
            t = t.replaceAll("[.,]", "");
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static YearMonth period(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (DateTimeFormatter f : PERIODS) {
            try {
                return YearMonth.parse(t, f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }
}
