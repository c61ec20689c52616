package id.rentan.funding.web;

import id.rentan.funding.application.BudgetService;
import id.rentan.funding.application.InvoiceService;
import id.rentan.funding.domain.FundingSource;
import id.rentan.funding.domain.Invoice;
import id.rentan.funding.domain.InvoiceStatus;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Messages;
import id.rentan.platform.api.ui.PagedDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The invoices (F-03): a server-paged list filtered by year, month, source and status (also from the address, e.g.
 * a report's figure: {@code ?year=2026&month=3&status=PAID}), and the form with which FINANCE (or
 * an administrator) generates the invoice of a month and source; the new invoice opens at once.
 */
@Named
@ViewScoped
public class InvoicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceService invoices;

    @Inject
    BudgetService budgets;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Inject
    Messages messages;

    private Integer year;
    private Integer month;
    private String source;
    private InvoiceStatus status;

    private Integer formYear;
    private Integer formMonth;
    private String formSource;

    private List<Integer> years;
    private List<String> sourceCodes = List.of();
    private PagedDataModel<Invoice> model;

    @PostConstruct
    void init() {
        YearMonth last = YearMonth.from(clock.today()).minusMonths(1);
        int today = clock.today().getYear();
        years = IntStream.rangeClosed(today - 3, today).boxed().sorted((a, b) -> b - a).toList();
        formYear = last.getYear();
        formMonth = last.getMonthValue();
        if (callers.caller().hasAnyRole(Role.ADMIN, Role.FINANCE, Role.AUDITOR)) {
            sourceCodes = budgets.sources().stream().map(FundingSource::code).toList();
        }
        model = new PagedDataModel<>(request -> invoices.invoices(year, month, source, status, request),
                row -> Long.toString(row.id()));
    }

    /** Generates the invoice and opens it (post-redirect-get, the message kept). */
    public String generate() {
        Invoice invoice = invoices.generate(formYear == null ? 0 : formYear, formMonth == null ? 0 : formMonth,
                formSource);
        messages.info("funding.ui.invoice.generated", invoice.period().toString(), invoice.sourceCode(),
                invoice.premiumLines(), invoice.creditLines());
        messages.keepForRedirect();
        return "/funding/invoice.xhtml?faces-redirect=true&id=" + invoice.id();
    }

    public void clear() {
        year = null;
        month = null;
        source = null;
        status = null;
    }

    public boolean isMayGenerate() {
        return callers.caller().hasAnyRole(Role.ADMIN, Role.FINANCE);
    }

    public List<InvoiceStatus> getStatuses() {
        return Arrays.asList(InvoiceStatus.values());
    }

    public List<Integer> getMonths() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    /** A month's name in the user's language. */
    public String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, messages.locale());
    }

    public PagedDataModel<Invoice> getModel() { return model; }
    public List<Integer> getYears() { return years; }
    public List<String> getSourceCodes() { return sourceCodes; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Integer getMonth() { return month; }
    public void setMonth(Integer month) { this.month = month; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public InvoiceStatus getStatus() { return status; }
    public void setStatus(InvoiceStatus status) { this.status = status; }
    public Integer getFormYear() { return formYear; }
    public void setFormYear(Integer formYear) { this.formYear = formYear; }
    public Integer getFormMonth() { return formMonth; }
    public void setFormMonth(Integer formMonth) { this.formMonth = formMonth; }
    public String getFormSource() { return formSource; }
    public void setFormSource(String formSource) { this.formSource = formSource; }
}
