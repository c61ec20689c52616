package id.rentan.participants.domain;

/** E-06: why a participant leaves the programme (other than death). */
public enum TerminationReason {
    /** Moved away from the city. */
    MOVED,
    /** No longer eligible (e.g. became a wage earner or civil servant, E-05). */
    INELIGIBLE,
    /** The funding for the place ended. */
    END_OF_FUNDING,
    /** Withdrew at their own request. */
    WITHDRAWN,
    /** Another reason, explained in the note. */
    OTHER;

    public String labelKey() {
        return "participant.termination." + name();
    }
}
