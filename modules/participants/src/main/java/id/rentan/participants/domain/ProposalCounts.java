package id.rentan.participants.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Grouped counts over the proposals of a period for the data-quality report: never rows of people. Each
 * query takes the period [from, to) and, for an OPD operator, its OPD ({@code null}: every OPD).
 */
public interface ProposalCounts {

    /** Participants proposed in the period, per OPD. */
    List<OpdCount> proposed(LocalDate from, LocalDate to, String opd);

    /** Refusals recorded in the period (to REJECTED), per OPD, former status and reason. */
    List<RefusalCount> refusals(LocalDate from, LocalDate to, String opd);

    /** Registrations recorded in the period (SUBMITTED to ACTIVE), per OPD, proposal day and registration day. */
    List<RegistrationCount> registrations(LocalDate from, LocalDate to, String opd);

    /** Import rows refused in saved (not dry-run) imports of the period, per OPD, in all and per rule. */
    List<ImportRefusals> importRefusals(LocalDate from, LocalDate to, String opd, List<String> rules);

    record OpdCount(String opdCode, long count) {
    }

    record RefusalCount(String opdCode, String fromStatus, String reason, long count) {
    }

    record RegistrationCount(String opdCode, LocalDate proposedOn, LocalDate registeredOn, long count) {
    }

    /** @param perRule rows refused by each rule, in the order of the rules asked for */
    record ImportRefusals(String opdCode, long rows, long[] perRule) {
    }
}
