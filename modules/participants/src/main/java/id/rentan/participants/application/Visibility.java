package id.rentan.participants.application;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which participants a role may see, on top of the OPD data scope: BPJS branch staff see only participants sent to
 * BPJS (section 2: "the fields BPJS needs for submitted participants"), never candidates or verification refusals;
 * everyone else who may open the registry sees every status.
 */
final class Visibility {

    static final Set<ParticipantStatus> BPJS = EnumSet.of(ParticipantStatus.SUBMITTED, ParticipantStatus.ACTIVE,
            ParticipantStatus.GRACE, ParticipantStatus.LAPSED, ParticipantStatus.TERMINATED, ParticipantStatus.DECEASED);

    private Visibility() {
    }

    static Set<ParticipantStatus> of(Caller caller) {
        if (caller.hasRole(Role.BPJS_OFFICER) && !caller.hasAnyRole(Role.ADMIN, Role.VERIFIER, Role.AUDITOR,
                Role.OPD_OPERATOR)) {
            return BPJS;
        }
        return EnumSet.allOf(ParticipantStatus.class);
    }
}
