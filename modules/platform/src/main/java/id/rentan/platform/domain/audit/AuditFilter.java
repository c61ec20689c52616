package id.rentan.platform.domain.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the audit log screen and API; {@code null} fields do not filter.
 *
 * @param from       first day (inclusive)
 * @param to         last day (inclusive)
 * @param username   exact user name
 * @param action     exact action, e.g. {@code LOGIN_FAILED}
 * @param entityType exact entity type
 * @param entityId   exact entity id
 */
public record AuditFilter(LocalDate from, LocalDate to, String username, String action, String entityType,
                          String entityId) implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
