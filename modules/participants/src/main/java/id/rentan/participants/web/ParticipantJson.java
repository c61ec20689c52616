package id.rentan.participants.web;

import id.rentan.participants.domain.Participant;
import id.rentan.participants.domain.StatusChange;
import id.rentan.platform.api.error.RuleViolation;
import id.rentan.platform.api.ui.Texts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A participant in the REST API, with its warnings and status history.
 */
public record ParticipantJson(long id, String nik, String kkNumber, String fullName, String birthPlace,
                              LocalDate birthDate, String gender, String motherName, String address, String rt,
                              String rw, String kelurahanCode, String kecamatanCode, String phone, String sector,
                              String opd, long reportedIncome, String status, String statusReason, String kpj,
                              LocalDate coverageStart, LocalDate endDate, LocalDate proposedOn, Long replacesId,
                              Long replacedById, Long importId, Long submissionId, List<MessageJson> warnings,
                              List<ChangeJson> history) {

    /**
     * A rule message.
     *
     * @param rule     rule id
     * @param severity ERROR or WARNING
     * @param text     in the caller's language
     */
    public record MessageJson(String rule, String severity, String text) {

        static List<MessageJson> of(List<RuleViolation> violations, Texts texts, Locale locale) {
            return violations.stream()
                    .map(v -> new MessageJson(v.rule(), v.severity().name(), texts.render(locale, v)))
                    .toList();
        }
    }

    /**
     * One status change.
     *
     * @param from          previous status ({@code null} for the proposal)
     * @param to            new status
     * @param effectiveDate the day it takes effect
     * @param reason        why
     * @param by            who
     * @param at            when
     */
    public record ChangeJson(String from, String to, LocalDate effectiveDate, String reason, String by,
                             LocalDateTime at) {
    }

    static ParticipantJson of(Participant p, List<RuleViolation> warnings, List<StatusChange> history, Texts texts,
                              Locale locale) {
        List<ChangeJson> changes = new java.util.ArrayList<>();
        changes.add(new ChangeJson(null, "CANDIDATE", p.proposedOn(), null, p.createdBy(), p.createdAt()));
        history.forEach(c -> changes.add(new ChangeJson(c.fromStatus() == null ? null : c.fromStatus().name(),
                c.toStatus().name(), c.effectiveDate(), c.reason(), c.changedBy(), c.changedAt())));
        return new ParticipantJson(p.id(), p.nik(), p.kkNumber(), p.fullName(), p.birthPlace(), p.birthDate(),
                p.gender().name(), p.motherName(), p.address(), p.rt(), p.rw(), p.kelurahanCode(), p.kecamatanCode(),
                p.phone(), p.sectorCode(), p.opdCode(), p.reportedIncome().amount(), p.status().name(),
                p.statusReason(), p.kpj(), p.coverageStart(), p.endDate(), p.proposedOn(), p.replacesId(),
                p.replacedById(), p.importId(), p.submissionId(), MessageJson.of(warnings, texts, locale), changes);
    }
}
