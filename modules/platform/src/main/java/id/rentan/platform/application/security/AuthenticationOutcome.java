package id.rentan.platform.application.security;

import id.rentan.platform.api.security.Caller;

import java.time.LocalDateTime;

/**
 * The result of checking a user name and password.
 *
 * @param status      what happened
 * @param caller      the authenticated caller (only when {@link Status#SUCCESS})
 * @param lockedUntil until when the account is locked (only when {@link Status#LOCKED})
 * @param mustChangePassword whether the user must choose a new password now
 */
public record AuthenticationOutcome(Status status, Caller caller, LocalDateTime lockedUntil,
                                    boolean mustChangePassword) {

    /** Why a login succeeded or failed. */
    public enum Status {
        SUCCESS,
        /** Unknown user name or wrong password; the two are never told apart. */
        INVALID,
        /** Too many failed logins; see {@code lockedUntil}. */
        LOCKED,
        /** The account was disabled by an administrator. */
        DISABLED
    }

    public static AuthenticationOutcome success(Caller caller, boolean mustChangePassword) {
        return new AuthenticationOutcome(Status.SUCCESS, caller, null, mustChangePassword);
    }

    public static AuthenticationOutcome invalid() {
        return new AuthenticationOutcome(Status.INVALID, null, null, false);
    }

    public static AuthenticationOutcome locked(LocalDateTime until) {
        return new AuthenticationOutcome(Status.LOCKED, null, until, false);
    }

    public static AuthenticationOutcome disabled() {
        return new AuthenticationOutcome(Status.DISABLED, null, null, false);
    }

    public boolean isSuccess() {
        return status == Status.SUCCESS;
    }
}
