package id.rentan.claims.application;

import id.rentan.claims.domain.SchoolLevel;

import java.io.Serializable;

/**
 * S-01: a child's scholarship of last school year, due for renewal in the next one, with whether the child still
 * qualifies (age on 1 July, not married, not working) and the amount left under the cap.
 */
public record RenewalDue(long claimId, String participantName, String opdCode, long heirId, String childName,
                         int lastSchoolYear, SchoolLevel lastLevel, long lastAmount, Integer ageAtStart,
                         boolean eligible, String reasonKey, long capLeft) implements Serializable {
}
