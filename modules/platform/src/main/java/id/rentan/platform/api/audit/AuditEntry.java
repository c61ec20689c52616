package id.rentan.platform.api.audit;

import java.time.LocalDateTime;

/**
 * One audit log entry as other modules see it.
 *
 * @param occurredAt when (city time)
 * @param username   who
 * @param action     what, e.g. {@code PARTICIPANT_VERIFIED}
 * @param before     values before (JSON) or {@code null}
 * @param after      values after (JSON) or {@code null}
 */
public record AuditEntry(LocalDateTime occurredAt, String username, String action, String before, String after) {
}
