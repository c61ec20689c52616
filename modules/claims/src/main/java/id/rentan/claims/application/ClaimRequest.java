package id.rentan.claims.application;

import id.rentan.claims.domain.ClaimType;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A claim as entered: the participant (by id, NIK or KPJ), the type, when it happened and was reported.
 *
 * @param participantId   the participant, or
 * @param nik             their NIK, or
 * @param kpj             their BPJS number
 * @param type            claim type
 * @param eventDate       the day of the death or accident
 * @param eventTime       the time of the accident, if known (CL-04)
 * @param reportedAt      when it was reported (now if empty)
 * @param roadAccident    a road accident (the police report is required)
 * @param inabilityMonths STMB: months unable to work so far
 * @param description     what happened
 */
public record ClaimRequest(Long participantId, String nik, String kpj, ClaimType type, LocalDate eventDate,
                           LocalTime eventTime, LocalDateTime reportedAt, boolean roadAccident,
                           Integer inabilityMonths, String description) implements Serializable {
}
