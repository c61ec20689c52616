package id.rentan.reporting.infrastructure;

import id.rentan.platform.api.module.DemoDataRequested;
import id.rentan.reporting.domain.CoverageTarget;
import id.rentan.reporting.domain.CoverageTargets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;

/**
 * Demo populations and targets (demo profile only, years not yet entered): the seeds' 11,023 covered in 2025 were
 * "about 40%" of the city's vulnerable workers (27,500), with at least 60% the target from 2026.
 */
@ApplicationScoped
public class DemoReporting {

    @Inject
    CoverageTargets targets;

    @Transactional
    void seed(@Observes DemoDataRequested event) {
        int thisYear = event.today().getYear();
        for (int year = 2024; year <= Math.max(2026, thisYear); year++) {
            if (targets.of(year).isPresent()) {
                continue;
            }
            long population = year == 2024 ? 27_000 : year == 2025 ? 27_500 : 27_500 + 300L * (year - 2025);
            BigDecimal percent = year <= 2025 ? new BigDecimal("40") : CoverageTarget.DEFAULT_PERCENT;
            targets.add(new CoverageTarget(year, population, percent,
                    year <= 2025 ? "Data pekerja rentan Disperinaker (demo)" : "Target RPJMD: minimal 60% (demo)",
                    "system", event.today().atStartOfDay()));
        }
    }
}
