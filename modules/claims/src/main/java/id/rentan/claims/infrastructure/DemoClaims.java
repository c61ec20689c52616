package id.rentan.claims.infrastructure;

import id.rentan.claims.application.ClaimRequest;
import id.rentan.claims.application.ClaimService;
import id.rentan.claims.domain.Claim;
import id.rentan.claims.domain.ClaimFilter;
import id.rentan.claims.domain.ClaimRepository;
import id.rentan.claims.domain.ClaimStatus;
import id.rentan.claims.domain.ClaimType;
import id.rentan.claims.domain.DocumentType;
import id.rentan.claims.domain.HeirRelation;
import id.rentan.claims.domain.SchoolLevel;
import id.rentan.participants.api.ParticipantDirectory;
import id.rentan.participants.api.ParticipantSummary;
import id.rentan.platform.api.module.DemoDataRequested;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.DataScope;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Demo claims (demo profile only, and only when there is no claim yet): deaths and work accidents of demo
 * participants in every state of the lifecycle, with heirs, a child's scholarship, scans ticked on the checklist,
 * BPJS's decisions, one decided amount that differs from the expected benefit, and two claims at risk (this month,
 * not invoiced yet, and last month if it is unpaid). Runs after the funding demo data, so that the months are
 * invoiced and paid.
 */
@ApplicationScoped
public class DemoClaims {

    private static final Logger LOG = Logger.getLogger(DemoClaims.class.getName());

    @Inject
    ClaimRepository repository;

    @Inject
    ClaimService claims;

    @Inject
    ParticipantDirectory participants;

    void seed(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 950) DemoDataRequested event) {
        if (repository.page(ClaimFilter.none(), DataScope.all(), PageRequest.of(0, 1)).total() > 0) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = event.today();
        // covered participants whose cover started at least five months ago, spread over the registry
        List<ParticipantSummary> people = new ArrayList<>();
        int[] seen = {0};
        participants.forEachCovered(p -> {
            if (p.coverageStart() != null && !p.coverageStart().isAfter(today.minusMonths(5)) && seen[0]++ % 211 == 0
                    && people.size() < 20) {
                people.add(p);
            }
        });
        if (people.size() < 14) {
            LOG.info(() -> "Demo claims skipped: only " + people.size() + " suitable participants");
            return;
        }
        YearMonth paid = YearMonth.from(today).minusMonths(3);
        int n = 0;
        try {
            // JKM deaths (B-01): paid with heirs, approved, submitted, reported
            Claim a = death(people.get(n++), ClaimType.JKM_DEATH, paid.atDay(4));
            heirs(a, true);
            decide(documents(a), true, 0);
            Claim b = death(people.get(n++), ClaimType.JKM_DEATH, paid.minusMonths(1).atDay(17));
            heirs(b, false);
            decide(documents(b), true, 0);
            decide(documents(death(people.get(n++), ClaimType.JKM_DEATH, paid.minusMonths(2).atDay(9))), false, 0);
            documents(death(people.get(n++), ClaimType.JKM_DEATH, paid.atDay(21)));
            death(people.get(n++), ClaimType.JKM_DEATH, paid.plusMonths(1).atDay(2));
            // a JKK death (K-01) with two children on scholarship (K-05: no minimum membership)
            Claim c = death(people.get(n++), ClaimType.JKK_DEATH, paid.minusMonths(1).atDay(11));
            heirs(c, true);
            int schoolYear = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
            for (var h : claims.view(c.id()).heirs()) {
                if (h.relation() == HeirRelation.CHILD) {
                    claims.addScholarship(c.id(), h.id(), schoolYear,
                            h.ageOn(LocalDate.of(schoolYear, 7, 1)) >= 12 ? SchoolLevel.SMP : SchoolLevel.TK_SD);
                }
            }
            decide(documents(c), true, 0);
            Claim incomplete = death(people.get(n++), ClaimType.JKK_DEATH, paid.atDay(15));
            claims.markIncomplete(incomplete.id(), "Surat keterangan ahli waris belum ada");
            // disability (K-02), temporary inability (K-03), medical care (K-04)
            documents(accident(people.get(n++), ClaimType.JKK_DISABILITY, paid.minusMonths(2).atDay(6), 1));
            decide(documents(accident(people.get(n++), ClaimType.JKK_STMB, paid.minusMonths(1).atDay(3), 3)), true,
                    0);
            decide(documents(accident(people.get(n++), ClaimType.JKK_MEDICAL, paid.atDay(8), 1)), true, 4_750_000);
            Claim rejected = documents(accident(people.get(n++), ClaimType.JKK_MEDICAL, paid.atDay(19), 1));
            claims.decide(rejected.id(), ClaimStatus.REJECTED, null, "Bukan kecelakaan kerja: kejadian di luar "
                    + "kegiatan usaha", null);
            // reported late (CL-04): the accident was reported a week later
            claims.record(new ClaimRequest(people.get(n).id(), null, null, ClaimType.JKK_MEDICAL,
                    paid.plusMonths(1).atDay(10), java.time.LocalTime.of(7, 30),
                    paid.plusMonths(1).atDay(17).atTime(10, 0), true, null, "Jatuh dari sepeda motor di jalan desa"));
            n++;
            // at risk: this month (no invoice yet) and last month (invoiced, unpaid unless already due)
            accident(people.get(n++), ClaimType.JKK_MEDICAL, today.withDayOfMonth(1), 1);
            death(people.get(n++), ClaimType.JKM_DEATH, YearMonth.from(today).minusMonths(1).atDay(25));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo claims stopped after " + n + " participants", e);
        }
        int made = n;
        LOG.info(() -> "Demo claims: " + made + " claims in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private Claim death(ParticipantSummary p, ClaimType type, LocalDate day) {
        return claims.record(new ClaimRequest(p.id(), null, null, type, day, null, day.plusDays(1).atTime(9, 0),
                false, null, type == ClaimType.JKM_DEATH ? "Meninggal karena sakit" : "Tertimpa pohon saat bekerja"));
    }

    private Claim accident(ParticipantSummary p, ClaimType type, LocalDate day, int months) {
        return claims.record(new ClaimRequest(p.id(), null, null, type, day, java.time.LocalTime.of(8, 0),
                day.atTime(15, 0), false, type == ClaimType.JKK_STMB ? months : null,
                "Kecelakaan saat bekerja (data demo)"));
    }

    private void heirs(Claim c, boolean children) {
        String base = c.nik().substring(0, 6);
        claims.addHeir(c.id(), "Pasangan " + c.fullName(), base + "5503800" + String.format("%03d", c.id() % 999 + 1),
                HeirRelation.SPOUSE, LocalDate.of(1980, 3, 15), false, false);
        if (children) {
            claims.addHeir(c.id(), "Anak Pertama " + c.fullName(), base + "1007120" + String.format("%03d",
                    c.id() % 999 + 1), HeirRelation.CHILD, LocalDate.of(2012, 7, 10), false, false);
            claims.addHeir(c.id(), "Anak Kedua " + c.fullName(), base + "2204160" + String.format("%03d",
                    c.id() % 999 + 1), HeirRelation.CHILD, LocalDate.of(2016, 4, 22), false, false);
        }
    }

    /** Ticks every required document and submits the claim to BPJS. */
    private Claim documents(Claim c) {
        Claim current = claims.view(c.id());
        for (DocumentType d : current.missingDocuments()) {
            claims.checkDocument(c.id(), d, true);
        }
        return claims.submit(c.id(), "DEMO-" + c.type().name().substring(0, 3) + "-" + c.id());
    }

    /** BPJS approves (the expected benefit, or another amount) and, if asked, pays a week later. */
    private void decide(Claim c, boolean pay, long amount) {
        Claim approved = claims.decide(c.id(), ClaimStatus.APPROVED, amount > 0 ? amount : c.expectedBenefit(),
                null, null);
        if (pay) {
            claims.decide(approved.id(), ClaimStatus.PAID, null, null, approved.decidedAt().toLocalDate());
        }
    }
}
