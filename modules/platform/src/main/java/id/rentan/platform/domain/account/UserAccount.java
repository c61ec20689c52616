package id.rentan.platform.domain.account;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person who logs in. Holds exactly one role and, for an OPD operator, the one OPD it acts for. Knows its own
 * lockout rule: after too many failed logins in a row it is locked for a while.
 */
@Entity
@Table(name = "app_user", schema = "platform")
@NamedQuery(name = UserAccount.BY_USERNAME,
        query = """
                select u from UserAccount u
                 where u.username = :username
                """)
@NamedQuery(name = UserAccount.COUNT_ENABLED_ADMINS,
        query = """
                select count(u) from UserAccount u
                 where u.role = id.rentan.platform.api.security.Role.ADMIN
                   and u.enabled = true
                """)
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String COUNT_ENABLED_ADMINS = "UserAccount.countEnabledAdmins";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    @Id
    @SequenceGenerator(name = "app_user_seq", schema = "platform", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, length = 50)
    private String username;

    @Column(name = "full_name", nullable = false, length = 100)
    private String fullName;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 20)
    private Role role;

    @Column(name = "opd_code", length = 30)
    private String opdCode;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @Column(name = "password_changed_at")
    private LocalDateTime passwordChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected UserAccount() {
        // for JPA
    }

    private UserAccount(String username, String fullName, Role role, String opdCode, String passwordHash,
                        boolean mustChangePassword, LocalDateTime now) {
        this.username = normalizeUsername(username);
        rename(fullName);
        assignRole(role, opdCode);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.mustChangePassword = mustChangePassword;
        this.enabled = true;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /**
     * A new, enabled account.
     *
     * @param mustChangePassword whether the user must choose a new password at first login (true when an
     *                           administrator chose it)
     */
    public static UserAccount create(String username, String fullName, Role role, String opdCode,
                                     String passwordHash, boolean mustChangePassword, LocalDateTime now) {
        return new UserAccount(username, fullName, role, opdCode, passwordHash, mustChangePassword, now);
    }

    /** Lower-cases and checks a user name: 3..50 characters, letters, digits, dot, dash, underscore. */
    public static String normalizeUsername(String raw) {
        String name = raw == null ? "" : raw.trim().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new BusinessException("account.username.invalid", raw == null ? "" : raw);
        }
        return name;
    }

    public void rename(String newFullName) {
        String name = newFullName == null ? "" : newFullName.trim().replaceAll("\\s+", " ");
        if (name.length() < 3 || name.length() > 100) {
            throw new BusinessException("account.fullName.invalid");
        }
        this.fullName = name;
    }

    /** Sets the role; an OPD operator must be bound to exactly one OPD, every other role to none. */
    public void assignRole(Role newRole, String newOpdCode) {
        Objects.requireNonNull(newRole, "role");
        String opd = newOpdCode == null || newOpdCode.isBlank() ? null : newOpdCode.trim();
        if (newRole.requiresOpd() && opd == null) {
            throw new BusinessException("account.opd.required");
        }
        this.role = newRole;
        this.opdCode = newRole.requiresOpd() ? opd : null;
    }

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed login. When the count reaches {@code threshold}, the account is locked for {@code lockFor}
     * and the count starts again.
     *
     * @return {@code true} when this failure locked the account
     */
    public boolean recordFailedLogin(LocalDateTime now, int threshold, Duration lockFor) {
        if (isLockedAt(now)) {
            return false;
        }
        failedAttempts++;
        if (failedAttempts >= threshold) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin(LocalDateTime now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    /** Sets a new password hash; {@code mustChange} when someone else chose it. */
    public void changePassword(String newHash, boolean mustChange, LocalDateTime now) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.mustChangePassword = mustChange;
        this.passwordChangedAt = now;
        unlock();
    }

    /** The account as audit data: never the password hash. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("username", username);
        s.put("fullName", fullName);
        s.put("role", role == null ? null : role.name());
        s.put("opd", opdCode);
        s.put("enabled", enabled);
        s.put("mustChangePassword", mustChangePassword);
        s.put("lockedUntil", lockedUntil == null ? null : lockedUntil.toString());
        return s;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public String opdCode() {
        return opdCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public LocalDateTime lockedUntil() {
        return lockedUntil;
    }

    public LocalDateTime lastLoginAt() {
        return lastLoginAt;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime passwordChangedAt() {
        return passwordChangedAt;
    }
}
