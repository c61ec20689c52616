package id.rentan.participants.application;

import id.rentan.participants.api.ProposalStatistics;
import id.rentan.participants.domain.ProposalCounts;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.DataScope;
import id.rentan.platform.api.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link ProposalStatistics} from grouped counts over the registry, its status history and the import reports
 * ({@link ProposalCounts}: never rows of people).
 */
@ApplicationScoped
public class ProposalStatisticsService implements ProposalStatistics {

    /** The rules an import row can be refused by (section 3). */
    static final List<String> IMPORT_RULES = List.of("V-01", "V-02", "V-03", "V-04", "V-05", "V-06", "V-07", "V-08",
            "V-09", "V-10", "E-01", "E-02", "E-03", "E-04", "E-05");

    @Inject
    CallerContext callers;

    @Inject
    ProposalCounts counter;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public QualityFigures quality(int year) {
        callers.require(Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.FINANCE, Role.AUDITOR);
        DataScope scope = callers.scope();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Map<String, long[]> counts = new TreeMap<>(); // proposed, rejected, registered, import rows
        Map<String, List<long[]>> days = new TreeMap<>(); // opd -> {days, count}
        List<Rejection> rejections = new ArrayList<>();
        List<ImportRejection> importRejections = new ArrayList<>();
        if (!scope.isEmpty()) {
            String opd = scope.restrictedOpd().orElse(null);
            for (ProposalCounts.OpdCount c : counter.proposed(from, to, opd)) {
                counts.computeIfAbsent(c.opdCode(), k -> new long[4])[0] = c.count();
            }
            for (ProposalCounts.RefusalCount r : counter.refusals(from, to, opd)) {
                String stage = "SUBMITTED".equals(r.fromStatus()) ? "BPJS" : "VERIFICATION";
                rejections.add(new Rejection(r.opdCode(), stage, r.reason(), r.count()));
                counts.computeIfAbsent(r.opdCode(), k -> new long[4])[1] += r.count();
            }
            for (ProposalCounts.RegistrationCount r : counter.registrations(from, to, opd)) {
                long d = Math.max(0, ChronoUnit.DAYS.between(r.proposedOn(), r.registeredOn()));
                counts.computeIfAbsent(r.opdCode(), k -> new long[4])[2] += r.count();
                days.computeIfAbsent(r.opdCode(), k -> new ArrayList<>()).add(new long[]{d, r.count()});
            }
            for (ProposalCounts.ImportRefusals r : counter.importRefusals(from, to, opd, IMPORT_RULES)) {
                counts.computeIfAbsent(r.opdCode(), k -> new long[4])[3] = r.rows();
                for (int i = 0; i < IMPORT_RULES.size(); i++) {
                    if (r.perRule()[i] > 0) {
                        importRejections.add(new ImportRejection(r.opdCode(), IMPORT_RULES.get(i), r.perRule()[i]));
                    }
                }
            }
        }
        List<OpdProposals> opds = new ArrayList<>();
        counts.forEach((opd, c) -> {
            List<long[]> d = days.getOrDefault(opd, List.of());
            opds.add(new OpdProposals(opd, c[0], c[1], c[2], average(d), median(d), c[3]));
        });
        rejections.sort(Comparator.comparing(Rejection::opdCode).thenComparing(Rejection::count,
                Comparator.reverseOrder()));
        return new QualityFigures(year, opds, rejections, importRejections);
    }

    /** Average of days weighted by counts ({@code {days, count}}), or {@code null}. */
    static Double average(List<long[]> d) {
        long n = d.stream().mapToLong(x -> x[1]).sum();
        if (n == 0) {
            return null;
        }
        double sum = d.stream().mapToDouble(x -> (double) x[0] * x[1]).sum();
        return Math.round(sum / n * 10) / 10.0;
    }

    /** The (lower) median of days weighted by counts, or {@code null}. */
    static Integer median(List<long[]> d) {
        long n = d.stream().mapToLong(x -> x[1]).sum();
        if (n == 0) {
            return null;
        }
        List<long[]> sorted = new ArrayList<>(d);
        sorted.sort(Comparator.comparingLong(x -> x[0]));
        long middle = (n + 1) / 2;
        long seen = 0;
        for (long[] x : sorted) {
            seen += x[1];
            if (seen >= middle) {
                return (int) x[0];
            }
        }
        return (int) sorted.get(sorted.size() - 1)[0];
    }
}
