package id.rentan.it;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.infrastructure.SyntheticParticipants;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;

/** The benchmarks' plain-JDBC writer of synthetic participants into the registry (batches of 1,000). */
final class RegistryRows {

    private RegistryRows() {
    }

    /** One participant row as the benchmark writes it with plain JDBC. */
    record Row(long id, SyntheticParticipants.Row row, String opd, ParticipantStatus status, String kpj,
                              LocalDate coverageStart, LocalDate proposedOn, LocalDate endDate, Long importId,
                              Integer importLine, Timestamp at) {
    }

    static final String INSERT = "INSERT INTO participants.participant (id, nik, active_nik, kk_number,"
            + " full_name, birth_place, birth_date, gender, mother_name, address, rt, rw, kelurahan_code, kecamatan_code,"
            + " phone, sector_code, opd_code, reported_income, status, kpj, coverage_start, proposed_on, end_date,"
            + " import_id, import_line, created_at, created_by, updated_at, updated_by, row_version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";

    /** Writes the rows in batches of 1,000, committing every {@code commitEvery} rows and at the end. */
    static void write(DataSource dataSource, java.util.Iterator<Row> rows, int commitEvery) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                int n = 0;
                while (rows.hasNext()) {
                    Row w = rows.next();
                    SyntheticParticipants.Row r = w.row();
                    int i = 1;
                    ps.setLong(i++, w.id());
                    ps.setString(i++, r.nik());
                    ps.setString(i++, w.status().holdsEnrolment() ? r.nik() : null);
                    ps.setString(i++, r.kk());
                    ps.setString(i++, r.fullName());
                    ps.setString(i++, r.birthPlace());
                    ps.setDate(i++, Date.valueOf(r.birthDate()));
                    ps.setString(i++, r.gender());
                    ps.setString(i++, r.motherName());
                    ps.setString(i++, r.address());
                    ps.setString(i++, r.rt());
                    ps.setString(i++, r.rw());
                    ps.setString(i++, r.kelurahanCode());
                    ps.setString(i++, r.kecamatanCode());
                    ps.setString(i++, r.phone().isEmpty() ? null : r.phone());
                    ps.setString(i++, r.sector());
                    ps.setString(i++, w.opd());
                    ps.setLong(i++, r.income());
                    ps.setString(i++, w.status().name());
                    ps.setString(i++, w.kpj());
                    ps.setDate(i++, w.coverageStart() == null ? null : Date.valueOf(w.coverageStart()));
                    ps.setDate(i++, Date.valueOf(w.proposedOn()));
                    ps.setDate(i++, w.endDate() == null ? null : Date.valueOf(w.endDate()));
                    ps.setObject(i++, w.importId(), Types.BIGINT);
                    ps.setObject(i++, w.importLine(), Types.INTEGER);
                    ps.setTimestamp(i++, w.at());
                    ps.setString(i++, "bench");
                    ps.setTimestamp(i++, w.at());
                    ps.setString(i, "bench");
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                    if (n % commitEvery == 0) {
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
