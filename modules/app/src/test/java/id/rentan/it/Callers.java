package id.rentan.it;

import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.Role;

import java.util.Set;

/** The demo accounts as callers, for in-container tests that act as them ({@link TestCaller#actAs(Caller)}). */
final class Callers {

    static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN), null);
    static final Caller VERIFIER = new Caller("verifikator", Set.of(Role.VERIFIER), null);
    static final Caller BPJS = new Caller("bpjs", Set.of(Role.BPJS_OFFICER), null);
    static final Caller FINANCE = new Caller("keuangan", Set.of(Role.FINANCE), null);
    static final Caller FINANCE2 = new Caller("keuangan2", Set.of(Role.FINANCE), null);
    static final Caller AUDITOR = new Caller("auditor", Set.of(Role.AUDITOR), null);

    private Callers() {
    }

    /** An operator of an OPD (the demo has one per proposing OPD; tests may use any OPD code). */
    static Caller operator(String username, String opd) {
        return new Caller(username, Set.of(Role.OPD_OPERATOR), opd);
    }
}
