package id.rentan.participants.web;

import id.rentan.participants.api.ImportOutcome;
import id.rentan.participants.application.ImportResult;
import id.rentan.participants.application.ImportService;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.error.RuleViolation;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.io.TabularFormat;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.reference.OpdInfo;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.ui.Messages;
import id.rentan.platform.api.ui.PagedDataModel;
import id.rentan.platform.api.ui.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The import screen: choose the OPD (lead department only), upload a CSV or XLSX file, check it (dry run) and save
 * it. Both run in the background with a progress bar; the report lists every row with its outcome and messages and
 * can be downloaded as CSV or XLSX.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ImportBacking.class.getName());

    @Inject
    ImportService imports;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    CallerContext callers;

    @Inject
    Messages messages;

    @Inject
    Texts texts;

    @Resource
    transient ManagedExecutorService executor;

    private String opd;
    private byte[] content;
    private String fileName;
    private ImportOutcome outcomeFilter;

    // the background run
    private volatile boolean running;
    private volatile boolean dryRun;
    private volatile String phase;
    private volatile int done;
    private volatile int total;
    private volatile ImportResult result;
    private volatile BusinessException failure;

    private PagedDataModel<ImportResult.Row> rows;

    @PostConstruct
    void init() {
        opd = callers.scope().restrictedOpd().orElse(null);
        rows = new PagedDataModel<>(request -> {
            ImportResult r = result;
            List<ImportResult.Row> all = r == null ? List.of() : r.rows().stream()
                    .filter(row -> outcomeFilter == null || row.outcome() == outcomeFilter).toList();
            int from = Math.min(request.offset(), all.size());
            int to = Math.min(from + request.size(), all.size());
            return Page.of(all.subList(from, to), all.size(), request);
        }, row -> Integer.toString(row.line()));
    }

    public void upload(FileUploadEvent event) {
        byte[] bytes = event.getFile().getContent();
        if (bytes.length > imports.maxBytes()) {
            throw new BusinessException("import.file.tooLarge", bytes.length / (1024 * 1024) + 1,
                    imports.maxBytes() / (1024 * 1024));
        }
        content = bytes;
        fileName = event.getFile().getFileName();
        result = null;
        failure = null;
        messages.info("import.uploaded", fileName);
    }

    public void check() {
        start(true);
    }

    public void commit() {
        start(false);
    }

    private void start(boolean asDryRun) {
        if (content == null) {
            throw new BusinessException("import.file.none");
        }
        if (running) {
            throw BusinessException.conflict("import.running");
        }
        Caller caller = callers.caller();
        String opdCode = imports.opdFor(opd);
        byte[] bytes = content;
        String name = fileName;
        dryRun = asDryRun;
        result = null;
        failure = null;
        phase = "READ";
        done = 0;
        total = 0;
        running = true;
        executor.submit(() -> {
            try {
                result = imports.runAs(caller, opdCode, bytes, name, asDryRun, (p, d, t) -> {
                    phase = p;
                    done = d;
                    total = t;
                });
            } catch (BusinessException e) {
                failure = e;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Import of " + name + " failed", e);
                failure = new BusinessException("import.failed");
            } finally {
                running = false;
            }
        });
    }

    /** Called by the poll while running (the page re-renders the progress and, at the end, the report). */
    public void poll() {
        // nothing to do: the poll only refreshes the progress bar
    }

    /** Why the last run refused the file (one clear message), or {@code null}. */
    public String getFailureText() {
        BusinessException f = failure;
        return f == null ? null : messages.text(f.messageKey(), f.args().toArray());
    }

    public int getPercent() {
        if (!running) {
            return result == null ? 0 : 100;
        }
        int base = switch (phase == null ? "READ" : phase) {
            case "CHECK" -> 5;
            case "SAVE" -> 60;
            case "DONE" -> 100;
            default -> 0;
        };
        int span = "CHECK".equals(phase) ? 55 : "SAVE".equals(phase) ? 38 : 0;
        return total == 0 ? base : Math.min(99, base + (int) ((long) span * done / total));
    }

    public String text(RuleViolation v) {
        return messages.text(v.messageKey(), v.args().toArray());
    }

    public StreamedContent getReportCsv() {
        return report(TabularFormat.CSV);
    }

    public StreamedContent getReportXlsx() {
        return report(TabularFormat.XLSX);
    }

    private StreamedContent report(TabularFormat format) {
        ImportResult r = result;
        Locale locale = messages.locale();
        return DefaultStreamedContent.builder()
                .name("laporan-impor-" + (r == null ? "" : r.importId()) + "." + format.extension())
                .contentType(format.mediaType())
                .writer(out -> ImportReports.write(r, TableWriter.of(format, out, "Laporan"), texts, locale))
                .build();
    }

    public StreamedContent getTemplateCsv() {
        return template(TabularFormat.CSV);
    }

    public StreamedContent getTemplateXlsx() {
        return template(TabularFormat.XLSX);
    }

    private static StreamedContent template(TabularFormat format) {
        return DefaultStreamedContent.builder()
                .name("template-impor-peserta." + format.extension())
                .contentType(format.mediaType())
                .writer(out -> ImportReports.template(TableWriter.of(format, out, "Peserta")))
                .build();
    }

    public boolean isOpdChoosable() {
        return callers.scope().restrictedOpd().isEmpty();
    }

    public List<OpdInfo> getOpds() {
        return organisations.opds().stream().filter(OpdInfo::active).toList();
    }

    public ImportOutcome[] getOutcomes() {
        return ImportOutcome.values();
    }

    public long getMaxBytes() {
        return imports.maxBytes();
    }

    public String getOpd() { return opd; }
    public void setOpd(String opd) { this.opd = opd; }
    public String getFileName() { return fileName; }
    public boolean isHasFile() { return content != null; }
    public boolean isRunning() { return running; }
    public boolean isDryRun() { return dryRun; }
    public String getPhase() { return phase; }
    public int getDone() { return done; }
    public int getTotal() { return total; }
    public ImportResult getResult() { return result; }
    public PagedDataModel<ImportResult.Row> getRows() { return rows; }
    public ImportOutcome getOutcomeFilter() { return outcomeFilter; }
    public void setOutcomeFilter(ImportOutcome outcomeFilter) { this.outcomeFilter = outcomeFilter; }
}
