package id.rentan.platform.infrastructure.persistence;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * H2 trigger that refuses every UPDATE and DELETE on the table it is attached to (the audit log). Installed by the
 * migration {@code db/vendor/h2/platform/V1_1__audit_log_append_only.sql}; PostgreSQL has a plpgsql equivalent.
 */
public class AppendOnlyTrigger implements Trigger {

    private String table = "?";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        this.table = schemaName + "." + tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("table " + table + " is append-only: changes and deletions are refused", "42501");
    }
}
