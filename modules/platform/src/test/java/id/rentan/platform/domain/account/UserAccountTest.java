package id.rentan.platform.domain.account;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.security.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Section 2: accounts, their one role, the OPD of an OPD operator, and the lockout rule. */
class UserAccountTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 21, 9, 0);
    private static final Duration FIFTEEN = Duration.ofMinutes(15);

    private static UserAccount verifier() {
        return UserAccount.create("Verifikator ", "Tim Verifikasi", Role.VERIFIER, null, "hash", false, T0);
    }

    @Test
    @DisplayName("user names are trimmed and lower-cased; odd characters are refused")
    void usernames() {
        assertEquals("verifikator", verifier().username());
        assertThrows(BusinessException.class, () -> UserAccount.normalizeUsername("ab"));
        assertThrows(BusinessException.class, () -> UserAccount.normalizeUsername("nama pengguna"));
        assertThrows(BusinessException.class, () -> UserAccount.normalizeUsername("admin'--"));
        assertEquals("opd.dkupp", UserAccount.normalizeUsername("OPD.DKUPP"));
    }

    @Test
    @DisplayName("section 2: an OPD operator is bound to exactly one OPD, other roles to none")
    void opdOperatorsNeedAnOpd() {
        assertEquals("account.opd.required", assertThrows(BusinessException.class,
                () -> UserAccount.create("opd.x", "Operator X", Role.OPD_OPERATOR, " ", "h", true, T0)).messageKey());
        UserAccount opd = UserAccount.create("opd.x", "Operator X", Role.OPD_OPERATOR, "DKUPP", "h", true, T0);
        assertEquals("DKUPP", opd.opdCode());
        opd.assignRole(Role.AUDITOR, "DKUPP");
        assertNull(opd.opdCode(), "an auditor is not bound to an OPD");
    }

    @Test
    @DisplayName("five failed logins in a row lock the account for fifteen minutes")
    void fiveFailuresLock() {
        UserAccount a = verifier();
        for (int i = 1; i <= 4; i++) {
            assertFalse(a.recordFailedLogin(T0.plusSeconds(i), 5, FIFTEEN));
            assertFalse(a.isLockedAt(T0.plusSeconds(i)));
        }
        assertTrue(a.recordFailedLogin(T0.plusSeconds(5), 5, FIFTEEN));
        assertEquals(T0.plusSeconds(5).plus(FIFTEEN), a.lockedUntil());
        assertTrue(a.isLockedAt(T0.plusSeconds(5)));
        assertTrue(a.isLockedAt(T0.plusSeconds(5).plus(FIFTEEN).minusNanos(1)));
        assertFalse(a.isLockedAt(T0.plusSeconds(5).plus(FIFTEEN)), "the lock ends after exactly 15 minutes");
    }

    @Test
    @DisplayName("a success in between starts the count again")
    void successResetsTheCount() {
        UserAccount a = verifier();
        for (int i = 0; i < 4; i++) {
            a.recordFailedLogin(T0, 5, FIFTEEN);
        }
        a.recordSuccessfulLogin(T0.plusMinutes(1));
        assertEquals(0, a.failedAttempts());
        assertFalse(a.recordFailedLogin(T0.plusMinutes(2), 5, FIFTEEN));
        assertFalse(a.isLockedAt(T0.plusMinutes(2)));
    }

    @Test
    @DisplayName("failures while locked do not extend the lock")
    void failuresWhileLockedDoNotExtendIt() {
        UserAccount a = verifier();
        for (int i = 0; i < 5; i++) {
            a.recordFailedLogin(T0, 5, FIFTEEN);
        }
        LocalDateTime until = a.lockedUntil();
        assertFalse(a.recordFailedLogin(T0.plusMinutes(10), 5, FIFTEEN));
        assertEquals(until, a.lockedUntil());
    }

    @Test
    @DisplayName("an administrator's unlock and a new password clear the lock")
    void unlockAndPasswordChangeClearTheLock() {
        UserAccount a = verifier();
        for (int i = 0; i < 5; i++) {
            a.recordFailedLogin(T0, 5, FIFTEEN);
        }
        a.unlock();
        assertFalse(a.isLockedAt(T0));
        for (int i = 0; i < 5; i++) {
            a.recordFailedLogin(T0, 5, FIFTEEN);
        }
        a.changePassword("new-hash", true, T0.plusMinutes(1));
        assertFalse(a.isLockedAt(T0.plusMinutes(1)));
        assertTrue(a.mustChangePassword());
    }

    @Test
    @DisplayName("the audit snapshot never contains the password hash")
    void snapshotHasNoHash() {
        assertFalse(verifier().snapshot().containsValue("hash"));
        assertFalse(verifier().snapshot().containsKey("passwordHash"));
    }
}
