package id.rentan.participants.infrastructure;

import id.rentan.participants.api.ImportOutcome;
import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.domain.ImportPlan.PlannedRow;
import id.rentan.participants.domain.ParticipantData;
import id.rentan.platform.api.error.BusinessException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Writes imports with plain JDBC batches (1,000 rows a statement) in the caller's transaction: a 100,000-row file is
 * a few seconds, not minutes. Ids come from the same sequences JPA uses, in the same blocks of 50. A crash or a
 * refusal anywhere rolls the whole import back with the transaction.
 */
@ApplicationScoped
public class ParticipantBulkWriter {

    static final int BATCH = 1000;
    private static final int BLOCK = 50;

    @Resource(lookup = "java:app/jdbc/rentan")
    DataSource dataSource;

    /**
     * The summary of an import batch.
     *
     * @param id         batch id
     * @param opdCode    proposing OPD
     * @param fileName   uploaded file name
     * @param sha256     SHA-256 of the file
     * @param bytes      file size
     * @param dryRun     whether nothing but the report is saved
     * @param total      rows
     * @param accepted   accepted rows
     * @param rejected   rejected rows
     * @param duplicates duplicate rows
     * @param warnings   accepted rows with warnings
     * @param durationMs processing time
     * @param by         who uploaded
     * @param at         when
     */
    public record BatchRecord(long id, String opdCode, String fileName, String sha256, long bytes, boolean dryRun,
                              int total, int accepted, int rejected, int duplicates, int warnings, long durationMs,
                              String by, LocalDateTime at) {
    }

    /** A fresh import batch id. */
    public long nextImportId() {
        try (Connection c = dataSource.getConnection()) {
            return nextValues(c, "import_batch_seq", 1).get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void insertBatch(BatchRecord b) {
        String sql = "INSERT INTO participants.import_batch (id, opd_code, file_name, file_sha256, file_bytes, dry_run,"
                + " total, accepted, rejected, duplicates, warnings, duration_ms, created_at, created_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, b.id());
            ps.setString(2, b.opdCode());
            ps.setString(3, b.fileName() == null ? null : cut(b.fileName(), 200));
            ps.setString(4, b.sha256());
            ps.setLong(5, b.bytes());
            ps.setBoolean(6, b.dryRun());
            ps.setInt(7, b.total());
            ps.setInt(8, b.accepted());
            ps.setInt(9, b.rejected());
            ps.setInt(10, b.duplicates());
            ps.setInt(11, b.warnings());
            ps.setLong(12, b.durationMs());
            ps.setTimestamp(13, Timestamp.valueOf(b.at()));
            ps.setString(14, b.by());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void recordDuration(long importId, long durationMs) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE participants.import_batch SET duration_ms = ? WHERE id = ?")) {
            ps.setLong(1, durationMs);
            ps.setLong(2, importId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Inserts the accepted rows as candidates of the OPD.
     *
     * @param warningsJson turns a row's warnings into the JSON kept on the participant ({@code null} for none)
     * @param progress     told the number of rows written after each batch
     */
    public void insertCandidates(List<PlannedRow> accepted, long importId, String opdCode, String by,
                                 LocalDateTime now, Function<PlannedRow, String> warningsJson, IntConsumer progress) {
        String sql = "INSERT INTO participants.participant (id, nik, active_nik, kk_number, full_name, birth_place,"
                + " birth_date, gender, mother_name, address, rt, rw, kelurahan_code, kecamatan_code, phone,"
                + " sector_code, opd_code, reported_income, status, warnings, proposed_on, import_id, import_line,"
                + " created_at, created_by, updated_at, updated_by, row_version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
        // in NIK order: the NIK indexes then grow page by page instead of at random places (several times faster
        // on H2); the file's line stays on each row
        List<PlannedRow> ordered = new ArrayList<>(accepted);
        ordered.sort(Comparator.comparing((PlannedRow row) -> row.data().nik().value()));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            List<Long> ids = ids(c, "participant_seq", accepted.size());
            Timestamp at = Timestamp.valueOf(now);
            Date today = Date.valueOf(now.toLocalDate());
            int n = 0;
            for (PlannedRow row : ordered) {
                ParticipantData d = row.data();
                ps.setLong(1, ids.get(n));
                ps.setString(2, d.nik().value());
                ps.setString(3, d.nik().value());
                setNullable(ps, 4, d.kkNumber());
                ps.setString(5, d.fullName());
                ps.setString(6, d.birthPlace());
                ps.setDate(7, Date.valueOf(d.birthDate()));
                ps.setString(8, d.gender().name());
                ps.setString(9, d.motherName());
                ps.setString(10, d.address());
                ps.setString(11, d.rt());
                ps.setString(12, d.rw());
                ps.setString(13, d.kelurahanCode());
                ps.setString(14, d.kecamatanCode());
                setNullable(ps, 15, d.phone());
                ps.setString(16, d.sectorCode());
                ps.setString(17, opdCode);
                ps.setLong(18, d.income().amount());
                ps.setString(19, ParticipantStatus.CANDIDATE.name());
                setNullable(ps, 20, warningsJson.apply(row));
                ps.setDate(21, today);
                ps.setLong(22, importId);
                ps.setInt(23, row.line());
                ps.setTimestamp(24, at);
                ps.setString(25, by);
                ps.setTimestamp(26, at);
                ps.setString(27, by);
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                    if (progress != null) {
                        progress.accept(n);
                    }
                }
            }
            ps.executeBatch();
            if (progress != null) {
                progress.accept(n);
            }
        } catch (BatchUpdateException e) {
            if (isUniqueViolation(e)) {
                // another import or form saved one of these NIKs after this import checked them (V-06)
                throw new BusinessException(BusinessException.Kind.CONFLICT, "V-06", "import.concurrentDuplicate");
            }
            throw new IllegalStateException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the report rows that did not become participants (or every row of a dry run). */
    public void insertReportRows(long importId, List<PlannedRow> rows, Function<PlannedRow, String> messagesJson) {
        String sql = "INSERT INTO participants.import_row (import_id, line, nik, outcome, messages) VALUES (?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (PlannedRow row : rows) {
                ps.setLong(1, importId);
                ps.setInt(2, row.line());
                ps.setString(3, row.nik() == null ? null : cut(row.nik(), 40));
                ps.setString(4, row.outcome().name());
                String json = messagesJson.apply(row);
                setNullable(ps, 5, json == null ? null : cut(json, 4000));
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A stored report row: line, NIK, outcome and messages JSON. Accepted rows of a committed import come from the
     * participants that carry the import id.
     */
    public record StoredRow(int line, String nik, ImportOutcome outcome, String messagesJson) {
    }

    /** The stored report of an import, in line order. */
    public List<StoredRow> report(long importId) {
        String sql = "SELECT line, nik, outcome, messages FROM participants.import_row WHERE import_id = ?"
                + " UNION ALL SELECT import_line, nik, 'ACCEPTED', warnings FROM participants.participant"
                + " WHERE import_id = ? ORDER BY 1";
        List<StoredRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, importId);
            ps.setLong(2, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredRow(rs.getInt(1), rs.getString(2), ImportOutcome.valueOf(rs.getString(3)),
                            rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** {@code count} ids from a sequence that steps by 50, in JPA's blocks (a value v covers v-49..v). */
    static List<Long> ids(Connection c, String sequence, int count) throws SQLException {
        int blocks = (count + BLOCK - 1) / BLOCK;
        List<Long> ids = new ArrayList<>(count);
        for (long end : nextValues(c, sequence, blocks)) {
            for (long id = end - BLOCK + 1; id <= end && ids.size() < count; id++) {
                ids.add(id);
            }
        }
        return ids;
    }

    static List<Long> nextValues(Connection c, String sequence, int count) throws SQLException {
        if (count == 0) {
            return List.of();
        }
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        String sql = postgres
                ? "SELECT nextval('participants." + sequence + "') FROM generate_series(1, ?)"
                : "SELECT NEXT VALUE FOR participants." + sequence + " FROM SYSTEM_RANGE(1, ?)";
        List<Long> values = new ArrayList<>(count);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getLong(1));
                }
            }
        }
        return values;
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        SQLException next = e.getNextException();
        return next != null && next.getSQLState() != null && "23505".equals(next.getSQLState());
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
