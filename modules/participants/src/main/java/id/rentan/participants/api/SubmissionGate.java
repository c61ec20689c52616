package id.rentan.participants.api;

import java.time.YearMonth;
import java.util.List;

/**
 * Lets another module admit or refuse participants as they are submitted to BPJS, inside the submission's
 * transaction: funding implements it to commit each admitted participant's premiums against a budget and to refuse
 * those the budget cannot pay for (F-02). The participants module depends on no such module; with no gate, every
 * verified participant is admitted.
 */
public interface SubmissionGate {

    /**
     * One participant about to be submitted.
     *
     * @param participantId  participant id
     * @param nik            NIK (kept with the commitment: invoices and BPJS's bills name people by it)
     * @param fullName       name as on the KTP
     * @param opdCode        proposing OPD
     * @param sectorCode     sector
     * @param reportedIncome reported monthly income in rupiah (premium basis)
     */
    record Candidate(long participantId, String nik, String fullName, String opdCode, String sectorCode, long reportedIncome) {
    }

    /**
     * The gate's answer for one participant.
     *
     * @param participantId participant id
     * @param admitted      whether it may be submitted
     * @param reasonKey     i18n key of the refusal, e.g. "perlu Rp 201.600, sisa Rp 0"
     * @param args          arguments of the refusal message
     */
    record Decision(long participantId, boolean admitted, String reasonKey, List<Object> args) {

        public static Decision admit(long participantId) {
            return new Decision(participantId, true, null, List.of());
        }

        public static Decision refuse(long participantId, String reasonKey, Object... args) {
            return new Decision(participantId, false, reasonKey, List.of(args));
        }
    }

    /** Decides for every candidate, in order; the decisions come back in the same order. */
    List<Decision> admit(List<Candidate> candidates, YearMonth plannedStart);
}
