package id.rentan.claims.application;

import id.rentan.claims.domain.CoverCheck;
import id.rentan.claims.domain.ExpectedBenefit;
import id.rentan.participants.api.ParticipantSummary;

import java.io.Serializable;

/**
 * What the entry screen shows before saving: who, covered or not (CL-01), the expected benefit (CL-02), a late
 * report (CL-04), and whether a death claim already exists.
 */
public record ClaimPreview(ParticipantSummary participant, CoverCheck cover, ExpectedBenefit benefit,
                           boolean lateReport, boolean deathAlreadyClaimed) implements Serializable {
}
