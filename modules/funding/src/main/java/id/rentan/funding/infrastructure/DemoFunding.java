package id.rentan.funding.infrastructure;

import id.rentan.funding.application.BudgetService;
import id.rentan.funding.application.CommitmentService;
import id.rentan.funding.application.ArrearsService;
import id.rentan.funding.application.InvoiceService;
import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.Invoice;
import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.param.Parameters;
import id.rentan.platform.api.module.DemoDataRequested;
import id.rentan.platform.api.money.Rupiah;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo data of funding (demo profile only, and only when no allocation exists, so a second run keeps the data): the
 * allocations of this year and the next (the seeds' Rp907,200,000 APBD example plus DBHCHT), this year's
 * commitments for every covered demo participant, and this year's invoices up to last month, paid where overdue.
 * Runs after the participants' demo data.
 */
@ApplicationScoped
public class DemoFunding {

    private static final Logger LOG = Logger.getLogger(DemoFunding.class.getName());

    @Inject
    FundingRepository repository;

    @Inject
    BudgetService budgets;

    @Inject
    CommitmentService commitments;

    @Inject
    InvoiceService invoices;

    @Inject
    Parameters parameters;

    @Inject
    DemoPayments payments;

    /** Not one transaction: each step commits, so the invoices read the commitments like any later request. */
    void seed(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900) DemoDataRequested event) {
        int year = event.today().getYear();
        if (!repository.lines(year).isEmpty() || !repository.lines(year + 1).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        for (int y : new int[]{year, year + 1}) {
            budgets.allocate(y, "DBHCHT", Rupiah.of(1_400_000_000L), null, null,
                    "Demo: pagu DBHCHT " + y + " (PMK 72/2024)");
            budgets.allocate(y, "APBD", Rupiah.of(907_200_000L), null, null,
                    "Demo: pagu APBD " + y + " (4.500 peserta x Rp16.800 x 12 bulan)");
        }
        int[] counts = commitments.openYear(year);
        int[] paid = invoicesAndPayments(event.today());
        YearMonth lastDue = ArrearsService.lastDueMonth(event.today(),
                parameters.intOn(ParameterCode.PREMIUM_DUE_DAYS, event.today()));
        if (lastDue.getYear() < year) {
            // January and February: no month of this year is due yet, so last year is billed and paid too, and the
            // demo shows paid months (claims covered) all year round
            budgets.allocate(year - 1, "APBD", Rupiah.of(907_200_000L), null, null,
                    "Demo: pagu APBD " + (year - 1) + " (4.500 peserta x Rp16.800 x 12 bulan)");
            budgets.allocate(year - 1, "DBHCHT", Rupiah.of(1_400_000_000L), null, null,
                    "Demo: pagu DBHCHT " + (year - 1) + " (PMK 72/2024)");
            commitments.openYear(year - 1);
            int[] before = invoicesAndPayments(YearMonth.of(year - 1, 1), YearMonth.of(year - 1, 12), lastDue);
            paid[0] += before[0];
            paid[1] += before[1];
        }
        LOG.info(() -> "Demo funding: allocations " + year + "-" + (year + 1) + ", " + counts[0]
                + " commitments for " + year + " (" + counts[2] + " without budget), " + paid[0] + " invoices ("
                + paid[1] + " paid) in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /**
     * This year's invoices up to last month for each source; those whose premiums are overdue (the months the
     * arrears check looks at) are paid by the demo treasurers (keuangan records, keuangan2 approves, as F-05 wants),
     * the later ones are left for FINANCE's list of invoices due.
     */
    private int[] invoicesAndPayments(LocalDate today) {
        YearMonth lastDue = ArrearsService.lastDueMonth(today,
                parameters.intOn(ParameterCode.PREMIUM_DUE_DAYS, today));
        return invoicesAndPayments(YearMonth.of(today.getYear(), 1), YearMonth.from(today).minusMonths(1), lastDue);
    }

    /** The invoices of the months from..to for each source, paid up to the last month due. */
    private int[] invoicesAndPayments(YearMonth from, YearMonth to, YearMonth lastDue) {
        int[] counts = new int[2];
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            for (String source : List.of("DBHCHT", "APBD")) {
                Invoice invoice = invoices.generate(m.getYear(), m.getMonthValue(), source);
                counts[0]++;
                if (m.isAfter(lastDue) || invoice.total().amount() <= 0) {
                    continue;
                }
                payments.pay(invoice.id(), m, source);
                counts[1]++;
            }
        }
        return counts;
    }
}
