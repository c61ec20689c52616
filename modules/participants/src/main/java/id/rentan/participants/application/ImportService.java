package id.rentan.participants.application;

import id.rentan.participants.api.ImportOutcome;
import id.rentan.participants.domain.ImportBatch;
import id.rentan.participants.domain.ImportPlan;
import id.rentan.participants.domain.ImportPlan.PlannedRow;
import id.rentan.participants.domain.ParticipantRepository;
import id.rentan.participants.infrastructure.ParticipantBulkWriter;
import id.rentan.participants.infrastructure.ParticipantBulkWriter.BatchRecord;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.io.TableReader;
import id.rentan.platform.api.io.TableReader.Table;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.DataScope;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Bulk import of an OPD's spreadsheet (CSV or XLSX). A dry run checks every row and keeps only the report; a
 * commit does the same and saves the accepted rows as candidates, all in one transaction: a crash, a kill or a
 * refusal in the middle leaves nothing half-saved. Uploading the same file twice creates nothing new (its rows are
 * then duplicates). Rows go through the same rules as the form.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

    @Inject
    ParticipantRepository participants;

    @Inject
    ParticipantBulkWriter writer;

    @Inject
    RulesFactory rulesFactory;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessClock clock;

    @Inject
    ParticipantService participantService;

    @Inject
    @ConfigProperty(name = "participants.import.max-bytes", defaultValue = "20971520")
    long maxBytes;

    /** The OPD the caller's rows are for: an OPD operator's own; ADMIN and VERIFIER choose. */
    public String opdFor(String requested) {
        Caller caller = callers.require(Role.ADMIN, Role.VERIFIER, Role.OPD_OPERATOR);
        return participantService.opdFor(caller, requested);
    }

    /** The largest file accepted, in bytes ({@code participants.import.max-bytes}, default 20 MB). */
    public long maxBytes() {
        return maxBytes;
    }

    /** Runs an import as the current caller. */
    @Transactional
    public ImportResult run(String opdCode, byte[] content, String fileName, boolean dryRun, ImportProgress progress) {
        Caller caller = callers.require(Role.ADMIN, Role.VERIFIER, Role.OPD_OPERATOR);
        return runAs(caller, participantService.opdFor(caller, opdCode), content, fileName, dryRun, progress);
    }

    /**
     * Runs an import for a caller already checked (a background job started by the screen carries its caller).
     *
     * @param opdCode the OPD, already resolved with {@link #opdFor(String)}
     */
    @Transactional
    public ImportResult runAs(Caller caller, String opdCode, byte[] content, String fileName, boolean dryRun,
                              ImportProgress progress) {
        if (!caller.hasAnyRole(Role.ADMIN, Role.VERIFIER, Role.OPD_OPERATOR)
                || !DataScope.of(caller).allows(opdCode)) {
            throw BusinessException.forbidden("error.forbidden");
        }
        ImportProgress report = progress == null ? ImportProgress.NONE : progress;
        long started = System.nanoTime();
        if (content == null || content.length == 0) {
            throw new BusinessException("import.file.empty");
        }
        if (content.length > maxBytes) {
            throw new BusinessException("import.file.tooLarge", content.length / (1024 * 1024) + 1,
                    maxBytes / (1024 * 1024));
        }
        report.update("READ", 0, 0);
        Table table = TableReader.read(content);
        long read = System.nanoTime();
        int total = table.rows().size();
        if (total == 0) {
            throw new BusinessException("import.file.noRows");
        }
        LocalDateTime now = clock.now();
        long[] lookupNanos = {0};
        ImportPlan plan = ImportPlan.plan(table, opdCode, now.toLocalDate(), rulesFactory.rules(), niks -> {
            long from = System.nanoTime();
            try {
                return participants.holdersOf(niks);
            } finally {
                lookupNanos[0] = System.nanoTime() - from;
            }
        }, done -> report.update("CHECK", done, total));
        report.update("CHECK", total, total);
        long checked = System.nanoTime();

        long importId = writer.nextImportId();
        List<PlannedRow> accepted = plan.accepted();
        int rejected = (int) plan.count(ImportOutcome.REJECTED);
        int duplicates = (int) plan.count(ImportOutcome.DUPLICATE);
        int warnings = (int) plan.withWarnings();
        String sha = sha256(content);
        writer.insertBatch(new BatchRecord(importId, opdCode, fileName, sha, content.length, dryRun, total,
                accepted.size(), rejected, duplicates, warnings, 0, caller.username(), now));
        if (!dryRun && !accepted.isEmpty()) {
            writer.insertCandidates(accepted, importId, opdCode, caller.username(), now,
                    row -> Violations.toJson(row.violations()), done -> report.update("SAVE", done, accepted.size()));
        }
        List<PlannedRow> kept = dryRun ? plan.rows()
                : plan.rows().stream().filter(r -> r.outcome() != ImportOutcome.ACCEPTED).toList();
        writer.insertReportRows(importId, kept, row -> Violations.toJson(row.violations()));

        long saved = System.nanoTime();
        long durationMs = (saved - started) / 1_000_000;
        writer.recordDuration(importId, durationMs);
        LOG.info(() -> String.format("Import %d (%s, %s, %,d rows, %,d accepted): read %d ms, checked %d ms (registry lookups %d ms),"
                        + " saved %d ms", importId, opdCode, dryRun ? "dry run" : "commit", total, accepted.size(),
                (read - started) / 1_000_000, (checked - read) / 1_000_000, lookupNanos[0] / 1_000_000,
                (saved - checked) / 1_000_000));
        ImportResult result = new ImportResult(importId, opdCode, dryRun, total, accepted.size(), rejected,
                duplicates, warnings, durationMs,
                plan.rows().stream().map(r -> new ImportResult.Row(r.line(), r.nik(), r.outcome(), r.violations()))
                        .toList());
        audit.recordAs(caller.username(), dryRun ? "PARTICIPANTS_IMPORT_CHECKED" : "PARTICIPANTS_IMPORTED",
                "ImportBatch", String.valueOf(importId), null,
                Map.of("opd", opdCode, "file", String.valueOf(fileName), "sha256", sha,
                        "total", total, "accepted", result.accepted(), "rejected", result.rejected(),
                        "duplicates", result.duplicates(), "warnings", result.warnings()));
        report.update("DONE", total, total);
        return result;
    }

    /** A stored import's report, for download later; OPD-scoped. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportResult report(long importId) {
        callers.require(Role.ADMIN, Role.VERIFIER, Role.OPD_OPERATOR, Role.AUDITOR);
        ImportBatch batch = participants.findImport(importId)
                .orElseThrow(() -> BusinessException.notFound("import.notFound", importId));
        callers.scope().requireAllows(batch.opdCode());
        List<ImportResult.Row> rows = writer.report(importId).stream()
                .map(r -> new ImportResult.Row(r.line(), r.nik(), r.outcome(), Violations.fromJson(r.messagesJson())))
                .toList();
        return new ImportResult(batch.id(), batch.opdCode(), batch.dryRun(), batch.total(), batch.accepted(),
                batch.rejected(), batch.duplicates(), batch.warnings(), batch.durationMs(), rows);
    }

    /** The caller's recent imports (OPD-scoped). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImportBatch> recent(int max) {
        callers.require(Role.ADMIN, Role.VERIFIER, Role.OPD_OPERATOR, Role.AUDITOR);
        return participants.imports(callers.scope(), max);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
