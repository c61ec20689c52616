package id.rentan.claims.application;

import id.rentan.claims.api.ClaimReport;
import id.rentan.claims.api.ClaimStatistics;
import id.rentan.claims.domain.ClaimRepository;
import id.rentan.claims.domain.ClaimRepository.ClaimCell;
import id.rentan.claims.domain.ClaimRepository.HeirCount;
import id.rentan.claims.domain.ClaimRepository.ScholarshipCount;
import id.rentan.claims.domain.ClaimStatus;
import id.rentan.claims.domain.ClaimType;
import id.rentan.claims.domain.CoverReason;
import id.rentan.claims.domain.HeirRelation;
import id.rentan.claims.domain.SchoolLevel;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.DataScope;
import id.rentan.platform.api.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * the claims' figures for reports. The claims of a year (by event date) are counted and summed in the
 * database per type, status and cover reason in one GROUP BY, and the heirs and scholarships in two more each; the
 * few resulting rows are added up here into the report's tables. OPD operators get their own OPD's claims, scoped
 * exactly as the claim list ({@link ClaimService#list}) scopes them.
 */
@ApplicationScoped
public class ClaimStatisticsService implements ClaimStatistics {

    /** Every role may read the claims' figures (an OPD operator its own OPD's). */
    static final Role[] READERS = {Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.FINANCE, Role.BPJS_OFFICER,
            Role.AUDITOR};

    @Inject
    ClaimRepository claims;

    @Inject
    CallerContext callers;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClaimReport report(int year) {
        callers.require(READERS);
        DataScope scope = callers.scope();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return assemble(year, scope.restrictedOpd().orElse(null), claims.cells(from, to, scope),
                claims.heirCounts(from, to, scope), claims.claimsWithHeirs(from, to, scope),
                claims.scholarshipCounts(year, scope), claims.claimsWithScholarships(year, scope));
    }

    /** The report's tables from the grouped rows (every type and status listed, in their order). */
    static ClaimReport assemble(int year, String opd, List<ClaimCell> cells, List<HeirCount> heirCounts,
                                long claimsWithHeirs, List<ScholarshipCount> scholarshipCounts,
                                long claimsWithScholarships) {
        Map<ClaimType, ClaimReport.Figures> byType = new EnumMap<>(ClaimType.class);
        Map<ClaimStatus, ClaimReport.Figures> byStatus = new EnumMap<>(ClaimStatus.class);
        Map<ClaimType, Map<ClaimStatus, Long>> typeStatus = new EnumMap<>(ClaimType.class);
        Map<CoverReason, long[]> notCovered = new EnumMap<>(CoverReason.class);
        long atRisk = 0;
        long atRiskExpected = 0;
        ClaimReport.Figures total = ClaimReport.Figures.NONE;
        for (ClaimCell c : cells) {
            ClaimReport.Figures f = figures(c);
            total = total.plus(f);
            byType.merge(c.type(), f, ClaimReport.Figures::plus);
            byStatus.merge(c.status(), f, ClaimReport.Figures::plus);
            typeStatus.computeIfAbsent(c.type(), t -> new EnumMap<>(ClaimStatus.class))
                    .merge(c.status(), c.claims(), Long::sum);
            if (!c.reason().covered()) {
                long[] n = notCovered.computeIfAbsent(c.reason(), r -> new long[2]);
                n[0] += c.claims();
                n[1] += c.expected();
            }
            // as the claim list's "at risk" filter: covered at risk, rejected claims aside
            if (c.reason().atRisk() && c.status() != ClaimStatus.REJECTED) {
                atRisk += c.claims();
                atRiskExpected += c.expected();
            }
        }
        List<ClaimReport.TypeFigures> types = new ArrayList<>();
        List<ClaimReport.TypeStatus> pairs = new ArrayList<>();
        for (ClaimType t : ClaimType.values()) {
            types.add(new ClaimReport.TypeFigures(t.name(), byType.getOrDefault(t, ClaimReport.Figures.NONE)));
            typeStatus.getOrDefault(t, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> pairs.add(new ClaimReport.TypeStatus(t.name(), e.getKey().name(), e.getValue())));
        }
        List<ClaimReport.StatusFigures> statuses = new ArrayList<>();
        for (ClaimStatus s : ClaimStatus.values()) {
            statuses.add(new ClaimReport.StatusFigures(s.name(), byStatus.getOrDefault(s, ClaimReport.Figures.NONE)));
        }
        List<ClaimReport.NotCovered> reasons = new ArrayList<>();
        notCovered.forEach((r, n) -> reasons.add(new ClaimReport.NotCovered(r.name(), n[0], Rupiah.of(n[1]))));

        Map<HeirRelation, long[]> relations = new EnumMap<>(HeirRelation.class);
        for (HeirCount h : heirCounts) {
            long[] n = relations.computeIfAbsent(h.relation(), r -> new long[2]);
            n[0] += h.heirs();
            n[1] += h.entitled();
        }
        long heirs = 0;
        long entitled = 0;
        List<ClaimReport.HeirRelation> byRelation = new ArrayList<>();
        for (Map.Entry<HeirRelation, long[]> e : relations.entrySet()) {
            heirs += e.getValue()[0];
            entitled += e.getValue()[1];
            byRelation.add(new ClaimReport.HeirRelation(e.getKey().name(), e.getValue()[0], e.getValue()[1]));
        }

        Map<SchoolLevel, long[]> levels = new EnumMap<>(SchoolLevel.class);
        for (ScholarshipCount s : scholarshipCounts) {
            long[] n = levels.computeIfAbsent(s.level(), l -> new long[2]);
            n[0] += s.children();
            n[1] += s.amount();
        }
        long children = 0;
        long amount = 0;
        List<ClaimReport.Level> byLevel = new ArrayList<>();
        for (Map.Entry<SchoolLevel, long[]> e : levels.entrySet()) {
            children += e.getValue()[0];
            amount += e.getValue()[1];
            byLevel.add(new ClaimReport.Level(e.getKey().name(), e.getValue()[0], Rupiah.of(e.getValue()[1])));
        }

        return new ClaimReport(year, opd, total, types, statuses, pairs, reasons,
                new ClaimReport.AtRisk(atRisk, Rupiah.of(atRiskExpected)),
                new ClaimReport.Heirs(heirs, entitled, claimsWithHeirs, byRelation),
                new ClaimReport.Scholarships(year, children, Rupiah.of(amount), claimsWithScholarships, byLevel));
    }

    private static ClaimReport.Figures figures(ClaimCell c) {
        return new ClaimReport.Figures(c.claims(), Rupiah.of(c.expected()), c.openEnded(), c.decided(),
                Rupiah.of(c.expectedOfDecided()), Rupiah.of(c.decidedAmount()), Rupiah.of(c.paidAmount()),
                c.amountDiffers());
    }
}
