package id.rentan.reporting.application;

import id.rentan.funding.api.FundingEvidence;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.reference.OpdInfo;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Texts;
import id.rentan.reporting.domain.EvidenceManifest;
import id.rentan.reporting.domain.EvidenceSummary;
import id.rentan.reporting.domain.EvidenceTally;
import id.rentan.reporting.infrastructure.EvidenceSummaryPdf;
import id.rentan.reporting.infrastructure.EvidenceZip;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The auditor's evidence pack for a fiscal year and funding source (issue 6, F-06, R-07): one ZIP, written straight to
 * the response, holding the ledger entries of the year and source and the verification of the whole chain, every
 * invoice with its frozen roster, the payments with their approvals, the reconciliations of BPJS's bills, a summary
 * (PDF and CSV) whose figures are summed from exactly the rows in the files and whose checks tie them together, and
 * last a manifest of every file's SHA-256 ({@code sha256sum -c manifest-sha256.txt}). Only ADMIN and AUDITOR get it;
 * every download is audited.
 */
@ApplicationScoped
public class EvidencePackService {

    private static final Logger LOG = Logger.getLogger(EvidencePackService.class.getName());

    static final Locale INDONESIAN = Texts.INDONESIAN;

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The files every pack has, in order, with the key of their description (README). */
    static final List<String[]> FIXED_FILES = List.of(
            new String[]{"README.txt", "evidence.readme.file.readme"},
            new String[]{"ledger.csv", "evidence.readme.file.ledger"},
            new String[]{"ledger-verification.csv", "evidence.readme.file.verification"},
            new String[]{"invoices/<yyyy-MM>-<sumber>-<id>.csv", "evidence.readme.file.roster"},
            new String[]{"invoices.csv", "evidence.readme.file.invoices"},
            new String[]{"payments.csv", "evidence.readme.file.payments"},
            new String[]{"reconciliations/<yyyy-MM>-<sumber>-<id>.csv", "evidence.readme.file.reconciliation"},
            new String[]{"reconciliations.csv", "evidence.readme.file.reconciliations"},
            new String[]{"summary.csv", "evidence.readme.file.summaryCsv"},
            new String[]{"summary.pdf", "evidence.readme.file.summaryPdf"},
            new String[]{EvidenceManifest.FILE_NAME, "evidence.readme.file.manifest"});

    @Inject
    FundingEvidence funding;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessClock clock;

    @Inject
    Texts texts;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    @ConfigProperty(name = "rentan.city.name", defaultValue = "Pemerintah Kota Probolinggo")
    String city;

    /**
     * What a pack held.
     *
     * @param files   files in the ZIP, the manifest included
     * @param valid   whether the ledger chain verified
     * @param allTie  whether every check of the summary holds
     * @param millis  how long building it took
     */
    public record Outcome(int files, boolean valid, boolean allTie, long millis) {
    }

    /** The years and sources a pack can be built for, newest year first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FundingEvidence.Period> periods() {
        callers.require(Role.ADMIN, Role.AUDITOR);
        return funding.periods();
    }

    /**
     * Checks a request before anything is written (so that a refusal is still a clean answer): the caller's role, a
     * year, a known source with an allocation or an invoice that year.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FundingEvidence.Period check(Integer year, String sourceCode) {
        callers.require(Role.ADMIN, Role.AUDITOR);
        if (year == null) {
            throw new BusinessException("evidence.year.required");
        }
        if (year < 2000 || year > 2100) {
            throw new BusinessException("evidence.year.invalid", String.valueOf(year));
        }
        return funding.period(year, sourceCode);
    }

    /** The pack's file name, e.g. {@code paket-bukti-2026-APBD.zip}. */
    public static String fileName(FundingEvidence.Period period) {
        return "paket-bukti-" + period.year() + "-" + period.sourceCode() + ".zip";
    }

    /**
     * Writes the pack of a year and source onto the stream, which is flushed but left open, and audits the download
     * (also when it breaks off).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Outcome write(int year, String sourceCode, OutputStream out) throws IOException {
        Caller caller = callers.require(Role.ADMIN, Role.AUDITOR);
        FundingEvidence.Period period = check(year, sourceCode);
        long started = System.nanoTime();
        LocalDateTime now = clock.now().withNano(0);
        Build build = new Build(period, caller, now, new EvidenceZip(out, now));
        EvidenceSummary summary;
        try {
            summary = build.run();
        } catch (IOException | RuntimeException e) {
            try {
                audit.recordIndependentlyAs(caller.username(), "EVIDENCE_PACK_DOWNLOAD_FAILED", "EvidencePack",
                        period.year() + "-" + period.sourceCode(), null, Map.of("year", period.year(),
                                "source", period.sourceCode(), "filesWritten", build.zip.files(),
                                "error", String.valueOf(e.getMessage())));
            } catch (RuntimeException auditFailure) {
                e.addSuppressed(auditFailure);
            }
            throw e;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", period.year());
        after.put("source", period.sourceCode());
        after.put("files", summary.files());
        after.put("ledgerValid", summary.chain().valid());
        after.put("allTie", summary.allTie());
        after.put("millis", millis);
        audit.record("EVIDENCE_PACK_DOWNLOADED", "EvidencePack", period.year() + "-" + period.sourceCode(), null,
                after);
        LOG.info(() -> "Evidence pack " + period.year() + " " + period.sourceCode() + " for " + caller.username()
                + ": " + summary.files() + " files in " + millis + " ms");
        return new Outcome(summary.files(), summary.chain().valid(), summary.allTie(), millis);
    }

    /** One pack being written. */
    private final class Build {

        final FundingEvidence.Period period;
        final Caller caller;
        final LocalDateTime now;
        final EvidenceZip zip;
        final EvidenceTally tally = new EvidenceTally();
        /** Per invoice: {rows, sum} of its roster file. */
        final Map<Long, long[]> rosters = new LinkedHashMap<>();
        final Map<Long, String> rosterPaths = new LinkedHashMap<>();
        int rosterFiles;
        int reconciliationFiles;

        Build(FundingEvidence.Period period, Caller caller, LocalDateTime now, EvidenceZip zip) {
            this.period = period;
            this.caller = caller;
            this.now = now;
            this.zip = zip;
        }

        int year() {
            return period.year();
        }

        String source() {
            return period.sourceCode();
        }

        EvidenceSummary run() throws IOException {
            zip.file("README.txt", o -> o.write(readme(period, caller, now).getBytes(StandardCharsets.UTF_8)));
            ledger();
            EvidenceSummary.Chain chain = verification();
            List<FundingEvidence.Invoice> invoices = funding.invoices(year(), source());
            for (FundingEvidence.Invoice i : invoices) {
                roster(i);
            }
            invoices(invoices);
            payments();
            reconciliations();
            FundingEvidence.Totals db = funding.totals(year(), source());
            tally.allocation(db.allocated());
            tally.database(db.rosterAmount(), db.disbursed());
            tally.files(zip.files() + 3); // and summary.csv, summary.pdf, the manifest
            EvidenceSummary summary = new EvidenceSummary(city, department(), year(), source(), period.sourceName(),
                    now, caller.username(), tally.figures(), tally.checks(), chain, rosterFiles, reconciliationFiles,
                    zip.files() + 3);
            zip.file("summary.csv", o -> summaryCsv(summary, o));
            zip.file("summary.pdf", o -> new EvidenceSummaryPdf(texts::text).write(summary, o));
            zip.finish();
            return summary;
        }

        void ledger() throws IOException {
            zip.file("ledger.csv", o -> {
                TableWriter w = TableWriter.csv(o);
                w.header(List.of("no", "jenis", "waktu", "oleh", "tahun", "bulan", "sumber", "tagihan", "pembayaran",
                        "jumlah", "sp2d", "referensi", "uraian", "hash_sebelumnya", "hash", "hash_cocok"));
                funding.forEachLedgerEntry(year(), source(), e -> {
                    w.row(e.seq(), e.type(), e.recordedAt(), e.recordedBy(), e.year(), e.month(), e.sourceCode(),
                            e.invoiceId(), e.paymentId(), e.amount(), e.sp2dNumber(), e.reference(), e.description(),
                            e.prevHash(), e.hash(), e.intact());
                    tally.ledgerEntry(e.type(), e.paymentId(), e.amount(), e.intact());
                });
                w.close();
            });
        }

        EvidenceSummary.Chain verification() throws IOException {
            FundingEvidence.Verification v = funding.verifyLedger();
            EvidenceSummary.Chain chain = new EvidenceSummary.Chain(v.entries(), v.valid(), v.firstBrokenEntry(),
                    v.problem());
            long entries = tally.ledgerEntries();
            long intact = tally.ledgerIntact();
            zip.file("ledger-verification.csv", o -> {
                TableWriter w = TableWriter.csv(o);
                w.header(List.of("butir", "nilai"));
                w.row("cakupan", "seluruh rantai buku besar (semua tahun dan sumber dana)");
                w.row("entri_diperiksa", v.entries());
                w.row("utuh", v.valid());
                w.row("entri_rusak_pertama", v.firstBrokenEntry());
                w.row("masalah", v.problem());
                w.row("diperiksa_pada", v.verifiedAt());
                w.row("diperiksa_oleh", v.verifiedBy());
                w.row("entri_" + year() + "_" + source(), entries);
                w.row("entri_" + year() + "_" + source() + "_hash_cocok", intact);
                w.close();
            });
            return chain;
        }

        void roster(FundingEvidence.Invoice i) throws IOException {
            String path = "invoices/" + YearMonth.of(i.year(), i.month()) + "-" + i.sourceCode() + "-" + i.id()
                    + ".csv";
            long[] t = new long[2];
            zip.file(path, o -> {
                TableWriter w = TableWriter.csv(o);
                w.header(List.of("baris", "jenis", "id_peserta", "kpj", "nik", "nama", "opd", "sektor",
                        "periode_kredit", "iuran"));
                funding.forEachRosterLine(i.id(), l -> {
                    t[0]++;
                    t[1] += l.amount();
                    w.row(t[0], l.kind(), l.participantId(), l.kpj(), l.nik(), l.fullName(), l.opdCode(),
                            l.sectorCode(), l.creditPeriod(), l.amount());
                });
                w.close();
            });
            rosters.put(i.id(), t);
            rosterPaths.put(i.id(), path);
            rosterFiles++;
        }

        void invoices(List<FundingEvidence.Invoice> invoices) throws IOException {
            zip.file("invoices.csv", o -> {
                TableWriter w = TableWriter.csv(o);
                w.header(List.of("id", "tahun", "bulan", "sumber", "baris_premi", "baris_kredit", "baris", "tarif",
                        "premi", "kredit", "total", "status", "dibuat_oleh", "dibuat_pada", "lunas_pada",
                        "berkas_daftar", "baris_daftar", "jumlah_daftar", "cocok"));
                for (FundingEvidence.Invoice i : invoices) {
                    long[] r = rosters.get(i.id());
                    boolean ties = tally.invoice(i.lines(), i.premiums(), i.credits(), i.total(),
                            "PAID".equals(i.status()), r[0], r[1]);
                    w.row(i.id(), i.year(), i.month(), i.sourceCode(), i.premiumLines(), i.creditLines(), i.lines(),
                            i.rate(), i.premiums(), i.credits(), i.total(), i.status(), i.generatedBy(),
                            i.generatedAt(), i.paidAt(), rosterPaths.get(i.id()), r[0], r[1], ties);
                }
                w.close();
            });
        }

        void payments() throws IOException {
            List<FundingEvidence.Payment> payments = funding.payments(year(), source());
            zip.file("payments.csv", o -> {
                TableWriter w = TableWriter.csv(o);
                w.header(List.of("id", "tagihan", "bulan", "no_spp", "tgl_spp", "no_spm", "tgl_spm", "no_sp2d",
                        "tgl_sp2d", "jumlah", "status", "dicatat_oleh", "dicatat_pada", "disetujui_oleh",
                        "disetujui_pada", "no_tanda_terima", "tanda_terima_pada", "alasan_pembatalan",
                        "dibatalkan_oleh", "dibatalkan_pada"));
                for (FundingEvidence.Payment p : payments) {
                    tally.payment(p.status(), p.amount());
                    w.row(p.id(), p.invoiceId(), p.month(), p.sppNumber(), p.sppDate(), p.spmNumber(), p.spmDate(),
                            p.sp2dNumber(), p.sp2dDate(), p.amount(), p.status(), p.recordedBy(), p.recordedAt(),
                            p.approvedBy(), p.approvedAt(), p.receiptNumber(), p.receiptAt(), p.reversalReason(),
                            p.reversedBy(), p.reversedAt());
                }
                w.close();
            });
        }

        void reconciliations() throws IOException {
            List<FundingEvidence.Reconciliation> all = funding.reconciliations(year(), source());
            Map<Long, String> paths = new LinkedHashMap<>();
            Map<Long, Long> rows = new LinkedHashMap<>();
            for (FundingEvidence.Reconciliation r : all) {
                String path = "reconciliations/" + YearMonth.of(year(), r.month()) + "-" + source() + "-" + r.id()
                        + ".csv";
                long[] n = {0};
                zip.file(path, o -> {
                    TableWriter w = TableWriter.csv(o);
                    w.header(List.of("baris_tagihan", "hasil", "kpj", "nik", "nama", "ditagih_bpjs", "tagihan_kota",
                            "selisih", "keterangan"));
                    funding.forEachReconciliationRow(r.id(), row -> {
                        n[0]++;
                        w.row(row.line(), row.outcome(), row.kpj(), row.nik(), row.name(), row.billed(),
                                row.expected(), row.difference(), row.note());
                    });
                    w.close();
                });
                paths.put(r.id(), path);
                rows.put(r.id(), n[0]);
                tally.reconciliation(n[0]);
                reconciliationFiles++;
            }
            zip.file("reconciliations.csv", o -> {
                TableWriter w = TableWriter.csv(o);
                w.header(List.of("id", "tagihan", "bulan", "berkas_bpjs", "baris_tagihan_bpjs", "total_tagihan_bpjs",
                        "premi_tagihan_kota", "selisih", "cocok", "tarif_salah", "setelah_keluar", "tidak_terdaftar",
                        "tidak_ditagih", "tidak_valid", "diunggah_oleh", "diunggah_pada", "berkas", "baris"));
                for (FundingEvidence.Reconciliation r : all) {
                    w.row(r.id(), r.invoiceId(), r.month(), r.fileName(), r.billRows(), r.billTotal(),
                            r.invoiceTotal(), r.difference(), r.matched(), r.wrongRate(), r.afterExit(),
                            r.notEnrolled(), r.notBilled(), r.invalid(), r.uploadedBy(), r.uploadedAt(),
                            paths.get(r.id()), rows.get(r.id()));
                }
                w.close();
            });
        }

        void summaryCsv(EvidenceSummary s, OutputStream o) {
            TableWriter w = TableWriter.csv(o);
            w.header(List.of("jenis", "kunci", "uraian", "description", "nilai", "hubungan", "pembanding", "cocok"));
            for (EvidenceTally.Figure f : s.figures()) {
                String key = "evidence.figure." + f.key();
                w.row("angka", f.key(), texts.text(INDONESIAN, key), texts.text(Locale.ENGLISH, key), f.value(), null,
                        null, null);
            }
            for (EvidenceTally.Check c : s.checks()) {
                String key = "evidence.check." + c.key();
                w.row("pemeriksaan", c.key(), texts.text(INDONESIAN, key), texts.text(Locale.ENGLISH, key), c.left(),
                        c.relation().symbol(), c.right(), c.ok());
            }
            EvidenceSummary.Chain chain = s.chain();
            w.row("buku_besar", "chainValid", texts.text(INDONESIAN, "evidence.pdf.chain"),
                    texts.text(Locale.ENGLISH, "evidence.pdf.chain"), chain.entries(), null, chain.firstBrokenEntry(),
                    chain.valid());
            w.close();
        }
    }

    /** README.txt: what the pack holds and how to check it, in Bahasa Indonesia, then in English. */
    String readme(FundingEvidence.Period period, Caller caller, LocalDateTime now) {
        StringBuilder text = new StringBuilder();
        text.append(city).append('\n').append(department()).append("\n\n");
        for (Locale locale : List.of(INDONESIAN, Locale.ENGLISH)) {
            String title = texts.text(locale, "evidence.readme.title", String.valueOf(period.year()),
                    period.sourceCode(), period.sourceName());
            text.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
            text.append(texts.text(locale, "evidence.readme.generated", WHEN.format(now),
                    caller.username())).append("\n\n");
            text.append(texts.text(locale, "evidence.readme.intro")).append("\n\n");
            text.append(texts.text(locale, "evidence.readme.contents")).append('\n');
            for (String[] file : FIXED_FILES) {
                text.append("  ").append(file[0]).append('\n');
                text.append("      ").append(texts.text(locale, file[1])).append('\n');
            }
            text.append('\n').append(texts.text(locale, "evidence.readme.verify")).append("\n\n");
            text.append("      sha256sum -c ").append(EvidenceManifest.FILE_NAME).append("\n\n");
            text.append(texts.text(locale, "evidence.readme.checks")).append("\n\n\n");
        }
        return text.toString();
    }

    /** The lead department's name (Disperinaker). */
    String department() {
        return organisations.opds().stream().filter(OpdInfo::isLead).map(OpdInfo::name).findFirst()
                .orElse("Dinas Perindustrian dan Tenaga Kerja");
    }

    /** For the figures' and checks' keys: every one must have a text (a unit test reads the bundles). */
    static List<String> textKeys() {
        List<String> keys = new ArrayList<>();
        EvidenceTally empty = new EvidenceTally();
        empty.figures().forEach(f -> keys.add("evidence.figure." + f.key()));
        empty.checks().forEach(c -> keys.add("evidence.check." + c.key()));
        FIXED_FILES.forEach(f -> keys.add(f[1]));
        return keys;
    }
}
