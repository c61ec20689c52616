package id.rentan.platform.api.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of business-rules.md section 2. The names are the security roles (and identity-store groups) used by
 * {@code @RolesAllowed}, the page access rules and the menu.
 */
public enum Role {
    /** Programme administrator (Disperinaker): users, OPDs, parameters, budgets and everything else. */
    ADMIN,
    /** Proposing OPD operator, bound to exactly one OPD: proposes and edits candidates of its own OPD. */
    OPD_OPERATOR,
    /** Verification team: verifies or rejects candidates of every OPD and submits batches to BPJS. */
    VERIFIER,
    /** Finance (PPTK / bendahara): invoices, payment records, approves payments recorded by someone else. */
    FINANCE,
    /** BPJS branch staff, limited: registration results, invoices and claim decisions. */
    BPJS_OFFICER,
    /** Auditor (Inspektorat, BPK), read-only. */
    AUDITOR;

    /** String constants for annotations such as {@code @RolesAllowed(Role.Names.ADMIN)}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String OPD_OPERATOR = "OPD_OPERATOR";
        public static final String VERIFIER = "VERIFIER";
        public static final String FINANCE = "FINANCE";
        public static final String BPJS_OFFICER = "BPJS_OFFICER";
        public static final String AUDITOR = "AUDITOR";

        private Names() {
        }
    }

    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim();
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /** Whether a user with this role must be bound to an OPD. */
    public boolean requiresOpd() {
        return this == OPD_OPERATOR;
    }
}
