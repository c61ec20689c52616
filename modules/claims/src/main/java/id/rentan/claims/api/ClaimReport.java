package id.rentan.claims.api;

import id.rentan.platform.api.money.Rupiah;

import java.io.Serializable;
import java.util.List;

/**
 * the claims of a year, counted by the date of the event (the death or the accident), not the day they were
 * reported; in the reader's scope (an OPD operator: the claims of its own OPD's participants).
 *
 * <p>Types, statuses, cover reasons, heir relations and school levels are the claims module's constant names
 * ({@code JKM_DEATH}, {@code PAID}, {@code MONTH_UNPAID}, {@code CHILD}, {@code SMP}, ...); their labels are the
 * message keys {@code claim.type.<name>}, {@code claim.status.<name>} and so on.
 *
 * @param year         the calendar year of the events
 * @param opdCode      the OPD the figures are restricted to, or {@code null} for every OPD
 * @param total        every claim of the year
 * @param byType       per claim type, in the order of the types (JKM death, then the JKK benefits); every type
 * @param byStatus     per lifecycle status, in lifecycle order; every status
 * @param typeStatus   per type and status, only the pairs that occur
 * @param notCovered   the claims not covered (CL-01), per reason, in the order of the reasons; only reasons that occur
 * @param atRisk       claims covered but at risk (CL-01: the month is not paid yet), rejected ones aside
 * @param heirs        heirs recorded on the year's claims (CL-03)
 * @param scholarships children's scholarships (S-01) of the school year starting in {@code year}
 */
public record ClaimReport(int year, String opdCode, Figures total, List<TypeFigures> byType,
                          List<StatusFigures> byStatus, List<TypeStatus> typeStatus, List<NotCovered> notCovered,
                          AtRisk atRisk, Heirs heirs, Scholarships scholarships) implements Serializable {

    public ClaimReport {
        byType = List.copyOf(byType);
        byStatus = List.copyOf(byStatus);
        typeStatus = List.copyOf(typeStatus);
        notCovered = List.copyOf(notCovered);
    }

    /**
     * What a group of claims adds up to (CL-02: the expected benefit beside BPJS's decision).
     *
     * @param claims            how many
     * @param expected          their expected benefits (those with a ceiling; K-04 medical care has none)
     * @param openEnded         claims whose benefit has no ceiling (K-04), not in {@code expected}
     * @param decided           claims BPJS has decided an amount for (APPROVED, PAID)
     * @param expectedOfDecided the expected benefits of those decided claims, to set beside {@code decidedAmount}
     * @param decidedAmount     the amounts BPJS decided
     * @param paidAmount        of which paid to the heirs or the participant (PAID)
     * @param amountDiffers     decided claims whose amount differs from the expected one (CL-02 flag)
     */
    public record Figures(long claims, Rupiah expected, long openEnded, long decided, Rupiah expectedOfDecided,
                          Rupiah decidedAmount, Rupiah paidAmount, long amountDiffers) implements Serializable {

        public static final Figures NONE = new Figures(0, Rupiah.ZERO, 0, 0, Rupiah.ZERO, Rupiah.ZERO, Rupiah.ZERO,
                0);

        public Figures plus(Figures o) {
            return new Figures(claims + o.claims, expected.plus(o.expected), openEnded + o.openEnded,
                    decided + o.decided, expectedOfDecided.plus(o.expectedOfDecided),
                    decidedAmount.plus(o.decidedAmount), paidAmount.plus(o.paidAmount),
                    amountDiffers + o.amountDiffers);
        }

        /** Decided minus expected for the decided claims (negative: BPJS decided less than the rules give). */
        public Rupiah difference() {
            return decidedAmount.minus(expectedOfDecided);
        }
    }

    /** @param type a claim type, e.g. {@code JKM_DEATH} */
    public record TypeFigures(String type, Figures figures) implements Serializable {
    }

    /** @param status a lifecycle status, e.g. {@code SUBMITTED} */
    public record StatusFigures(String status, Figures figures) implements Serializable {
    }

    /** How many claims of a type are in a status. */
    public record TypeStatus(String type, String status, long claims) implements Serializable {
    }

    /**
     * @param reason   why not covered (CL-01), e.g. {@code MONTH_UNPAID}
     * @param claims   how many
     * @param expected the benefits the families lose (expected, with a ceiling)
     */
    public record NotCovered(String reason, long claims, Rupiah expected) implements Serializable {
    }

    /**
     * @param claims   claims at risk (the event month is not paid yet; rejected ones aside)
     * @param expected the benefits at stake
     */
    public record AtRisk(long claims, Rupiah expected) implements Serializable {
    }

    /**
     * @param heirs      heirs recorded
     * @param entitled   of whom entitled (the first group present, CL-03)
     * @param claims     claims with at least one heir
     * @param byRelation per relation, in CL-03 order; only relations that occur
     */
    public record Heirs(long heirs, long entitled, long claims, List<HeirRelation> byRelation)
            implements Serializable {

        public Heirs {
            byRelation = List.copyOf(byRelation);
        }
    }

    /** @param relation e.g. {@code CHILD} */
    public record HeirRelation(String relation, long heirs, long entitled) implements Serializable {
    }

    /**
     * Children on scholarship (S-01) in a school year: one scholarship per child and school year, so children and
     * scholarships are the same count. Scholarships of rejected claims are left out.
     *
     * @param schoolYear the calendar year the school year starts in (2026 = 2026/2027)
     * @param children   children on scholarship
     * @param amount     what their scholarships come to
     * @param claims     the claims they follow from
     * @param byLevel    per school level, in level order; only levels that occur
     */
    public record Scholarships(int schoolYear, long children, Rupiah amount, long claims, List<Level> byLevel)
            implements Serializable {

        public Scholarships {
            byLevel = List.copyOf(byLevel);
        }
    }

    /** @param level e.g. {@code SMP} */
    public record Level(String level, long children, Rupiah amount) implements Serializable {
    }
}
