package id.rentan.funding.infrastructure;

import id.rentan.funding.application.BudgetService;
import id.rentan.funding.application.CommitmentService;
import id.rentan.funding.domain.FundingRepository;
import id.rentan.platform.api.module.DemoDataRequested;
import id.rentan.platform.api.money.Rupiah;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.logging.Logger;

/**
 * Demo data of funding (demo profile only, and only when no allocation exists, so a second run keeps the data): the
 * allocations of this year and the next (the seeds' Rp907,200,000 APBD example plus DBHCHT), and this year's
 * commitments for every covered demo participant. Runs after the participants' demo data.
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

    @Transactional
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
        LOG.info(() -> "Demo funding: allocations " + year + "-" + (year + 1) + ", " + counts[0]
                + " commitments for " + year + " (" + counts[2] + " without budget) in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
