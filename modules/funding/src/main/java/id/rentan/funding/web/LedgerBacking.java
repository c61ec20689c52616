package id.rentan.funding.web;

import id.rentan.funding.application.BudgetService;
import id.rentan.funding.application.LedgerService;
import id.rentan.funding.application.PaymentService;
import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.FundingSource;
import id.rentan.funding.domain.LedgerEntry;
import id.rentan.funding.domain.LedgerVerification;
import id.rentan.funding.domain.Payment;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.io.TabularFormat;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.reference.OpdInfo;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Messages;
import id.rentan.platform.api.ui.PagedDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The auditor's disbursement history (F-06): ledger entries, newest first, filtered by year, source, OPD, month and
 * SP2D number, each with its invoice and the payment's recorder and approver; exportable as CSV or XLSX; and the
 * verification of the whole hash chain on request.
 */
@Named
@ViewScoped
public class LedgerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A ledger entry with the payment it concerns, if any (for who recorded and who approved it).
     *
     * @param entry   the entry
     * @param payment its payment, or {@code null}
     */
    public record Row(LedgerEntry entry, Payment payment) {
    }

    @Inject
    LedgerService ledger;

    @Inject
    PaymentService payments;

    @Inject
    BudgetService budgets;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Inject
    Messages messages;

    private Integer year;
    private String source;
    private String opd;
    private Integer month;
    private String sp2d;

    private List<Integer> years;
    private List<String> sourceCodes;
    private LedgerVerification.Result verification;
    private PagedDataModel<Row> model;

    @PostConstruct
    void init() {
        int today = clock.today().getYear();
        years = IntStream.rangeClosed(today - 3, today + 1).boxed().sorted((a, b) -> b - a).toList();
        sourceCodes = budgets.sources().stream().map(FundingSource::code).toList();
        model = new PagedDataModel<>(request -> withPayments(ledger.history(filter(), request)),
                row -> Long.toString(row.entry().seq()));
    }

    public FundingRepository.LedgerFilter filter() {
        return new FundingRepository.LedgerFilter(year, blankToNull(source), blankToNull(opd), month,
                sp2d == null || sp2d.isBlank() ? null : sp2d.strip());
    }

    /** The payments of a page's entries, read once each. */
    private Page<Row> withPayments(Page<LedgerEntry> page) {
        Map<Long, Payment> byId = new HashMap<>();
        for (LedgerEntry e : page.items()) {
            if (e.paymentId() != null) {
                byId.computeIfAbsent(e.paymentId(), payments::payment);
            }
        }
        return page.map(e -> new Row(e, e.paymentId() == null ? null : byId.get(e.paymentId())));
    }

    public void clear() {
        year = null;
        source = null;
        opd = null;
        month = null;
        sp2d = null;
    }

    /** F-06: recomputes the chain; the result stays on the page. */
    public void verify() {
        verification = ledger.verify();
    }

    public StreamedContent getCsv() {
        return download(TabularFormat.CSV);
    }

    public StreamedContent getXlsx() {
        return download(TabularFormat.XLSX);
    }

    private StreamedContent download(TabularFormat format) {
        FundingRepository.LedgerFilter f = filter();
        return DefaultStreamedContent.builder()
                .name("buku-besar." + format.extension())
                .contentType(format.mediaType())
                .writer(out -> ledger.export(f, TableWriter.of(format, out, "Buku besar")))
                .build();
    }

    public boolean isMayVerify() {
        return callers.caller().hasAnyRole(Role.ADMIN, Role.AUDITOR);
    }

    /** The auditor's evidence pack (reporting) is for ADMIN and AUDITOR. */
    public boolean isMayOpenEvidencePack() {
        return callers.caller().hasAnyRole(Role.ADMIN, Role.AUDITOR);
    }

    /**
     * The query of the evidence pack's address: the year and source filtered here, if any (e.g.
     * {@code ?year=2026&source=APBD}), so that the pack screen opens with them chosen.
     */
    public String getEvidencePackQuery() {
        StringBuilder query = new StringBuilder();
        if (year != null) {
            query.append("year=").append(year);
        }
        String s = blankToNull(source);
        if (s != null && s.matches("[A-Z0-9_]{1,20}")) {
            query.append(query.isEmpty() ? "" : "&").append("source=").append(s);
        }
        return query.isEmpty() ? "" : "?" + query;
    }

    public List<OpdInfo> getOpds() {
        return organisations.opds();
    }

    public List<Integer> getMonths() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    /** A month's name in the user's language. */
    public String monthName(int m) {
        return Month.of(m).getDisplayName(TextStyle.FULL, messages.locale());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    public PagedDataModel<Row> getModel() { return model; }
    public List<Integer> getYears() { return years; }
    public List<String> getSourceCodes() { return sourceCodes; }
    public LedgerVerification.Result getVerification() { return verification; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getOpd() { return opd; }
    public void setOpd(String opd) { this.opd = opd; }
    public Integer getMonth() { return month; }
    public void setMonth(Integer month) { this.month = month; }
    public String getSp2d() { return sp2d; }
    public void setSp2d(String sp2d) { this.sp2d = sp2d; }
}
