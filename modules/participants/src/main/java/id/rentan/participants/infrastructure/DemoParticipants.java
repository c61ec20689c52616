package id.rentan.participants.infrastructure;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.platform.api.module.DemoDataRequested;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo data of the registry (demo profile only, and only into an empty registry, so a second run keeps the data):
 * the seeds' programme (10,287 participants covered from 2024, 736 more from 2025: 11,023 in 2025, split 1,925
 * nelayan, 4,098 petani, 5,000 UMKM), each with its status history, plus work in progress for every role:
 * candidates to verify (some with warnings), verified ones to submit, submitted ones waiting for BPJS, and a few
 * rejected proposals.
 */
@ApplicationScoped
public class DemoParticipants {

    private static final Logger LOG = Logger.getLogger(DemoParticipants.class.getName());
    static final int COVERED_2024 = 10_287;
    static final int COVERED_2025 = 11_023;

    @Resource(lookup = "java:app/jdbc/rentan")
    DataSource dataSource;

    @Transactional
    void seed(@Observes DemoDataRequested event) {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM participants.participant")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            long started = System.nanoTime();
            LocalDate today = event.today();
            SyntheticParticipants generator = new SyntheticParticipants(2025, today);
            int n = COVERED_2025;
            int extra = 25 + 8 + 6 + 4;
            List<Long> ids = ParticipantBulkWriter.ids(c, "participant_seq", n + extra);
            List<Long> changeIds = ParticipantBulkWriter.ids(c, "status_change_seq", n * 3 + 8 * 1 + 6 * 2 + 4);
            int[] change = {0};
            try (PreparedStatement p = c.prepareStatement(INSERT_PARTICIPANT);
                 PreparedStatement h = c.prepareStatement(INSERT_CHANGE)) {
                for (int i = 0; i < n; i++) {
                    SyntheticParticipants.Row row = generator.next(i, n);
                    LocalDate start = i < COVERED_2024 ? LocalDate.of(2024, 1 + i % 3, 1)
                            : LocalDate.of(2025, 1 + i % 5, 1);
                    String kpj = String.format("24%09d", i + 1);
                    long id = ids.get(i);
                    insert(p, id, row, ParticipantStatus.ACTIVE, kpj, start, start.minusMonths(1), null);
                    history(h, changeIds, change, id, start.minusMonths(1).plusDays(7), ParticipantStatus.CANDIDATE,
                            ParticipantStatus.VERIFIED, "verifikator");
                    history(h, changeIds, change, id, start.minusDays(20), ParticipantStatus.VERIFIED,
                            ParticipantStatus.SUBMITTED, "verifikator");
                    history(h, changeIds, change, id, start, ParticipantStatus.SUBMITTED, ParticipantStatus.ACTIVE,
                            "bpjs");
                    if (i % 1000 == 999) {
                        p.executeBatch();
                        h.executeBatch();
                    }
                }
                // work in progress, proposed this month
                LocalDate proposed = today.withDayOfMonth(1);
                int k = n;
                String[] sectors = {"UMKM", "NELAYAN", "PETANI"};
                for (int i = 0; i < 25; i++) {
                    SyntheticParticipants.Row row = generator.next(sectors[i % 3]);
                    insert(p, ids.get(k++), row, ParticipantStatus.CANDIDATE, null, null, proposed, null);
                }
                for (int i = 0; i < 8; i++) {
                    SyntheticParticipants.Row row = generator.next(sectors[i % 3]);
                    long id = ids.get(k++);
                    insert(p, id, row, ParticipantStatus.VERIFIED, null, null, proposed, null);
                    history(h, changeIds, change, id, proposed.plusDays(2), ParticipantStatus.CANDIDATE,
                            ParticipantStatus.VERIFIED, "verifikator");
                }
                for (int i = 0; i < 6; i++) {
                    SyntheticParticipants.Row row = generator.next(sectors[i % 3]);
                    long id = ids.get(k++);
                    insert(p, id, row, ParticipantStatus.SUBMITTED, null, null, proposed, null);
                    history(h, changeIds, change, id, proposed.plusDays(2), ParticipantStatus.CANDIDATE,
                            ParticipantStatus.VERIFIED, "verifikator");
                    history(h, changeIds, change, id, proposed.plusDays(3), ParticipantStatus.VERIFIED,
                            ParticipantStatus.SUBMITTED, "verifikator");
                }
                for (int i = 0; i < 4; i++) {
                    SyntheticParticipants.Row row = generator.next(sectors[i % 3]);
                    long id = ids.get(k++);
                    String reason = "Domisili tidak sesuai: bukan warga Kota Probolinggo";
                    insert(p, id, row, ParticipantStatus.REJECTED, null, null, proposed, reason);
                    historyWithReason(h, changeIds, change, id, proposed.plusDays(2), ParticipantStatus.CANDIDATE,
                            ParticipantStatus.REJECTED, "verifikator", reason);
                }
                p.executeBatch();
                h.executeBatch();
            }
            // written with plain JDBC, so the coverage counts are counted from the registry (ADR 0016)
            try (Statement s = c.createStatement()) {
                for (String sql : JpaCoverageFlows.REBUILD) {
                    s.executeUpdate(sql);
                }
            }
            LOG.info(() -> String.format("Demo registry: %,d participants in %d ms", n + extra,
                    (System.nanoTime() - started) / 1_000_000));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the demo registry", e);
        }
    }

    private static final String INSERT_PARTICIPANT = "INSERT INTO participants.participant (id, nik, active_nik, kk_number,"
            + " full_name, birth_place, birth_date, gender, mother_name, address, rt, rw, kelurahan_code, kecamatan_code,"
            + " phone, sector_code, opd_code, reported_income, status, kpj, coverage_start, proposed_on, status_reason,"
            + " created_at, created_by, updated_at, updated_by, row_version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";

    private static final String INSERT_CHANGE = "INSERT INTO participants.status_change (id, participant_id, from_status,"
            + " to_status, effective_date, reason, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private static void insert(PreparedStatement p, long id, SyntheticParticipants.Row row, ParticipantStatus status,
                               String kpj, LocalDate start, LocalDate proposed, String reason) throws SQLException {
        String creator = switch (row.opd()) {
            case "PERIKANAN" -> "opd.perikanan";
            case "PERTANIAN" -> "opd.pertanian";
            case "DKUPP" -> "opd.dkupp";
            default -> "admin";
        };
        Timestamp at = Timestamp.valueOf(proposed.atTime(9, 0));
        p.setLong(1, id);
        p.setString(2, row.nik());
        p.setString(3, status.holdsEnrolment() ? row.nik() : null);
        p.setString(4, row.kk());
        p.setString(5, row.fullName());
        p.setString(6, row.birthPlace());
        p.setDate(7, Date.valueOf(row.birthDate()));
        p.setString(8, row.gender());
        p.setString(9, row.motherName());
        p.setString(10, row.address());
        p.setString(11, row.rt());
        p.setString(12, row.rw());
        p.setString(13, row.kelurahanCode());
        p.setString(14, row.kecamatanCode());
        if (row.phone().isEmpty()) {
            p.setNull(15, Types.VARCHAR);
        } else {
            p.setString(15, row.phone());
        }
        p.setString(16, row.sector());
        p.setString(17, row.opd());
        p.setLong(18, row.income());
        p.setString(19, status.name());
        p.setString(20, kpj);
        p.setDate(21, start == null ? null : Date.valueOf(start));
        p.setDate(22, Date.valueOf(proposed));
        p.setString(23, reason);
        p.setTimestamp(24, at);
        p.setString(25, creator);
        p.setTimestamp(26, start == null ? at : Timestamp.valueOf(start.atTime(9, 0)));
        p.setString(27, creator);
        p.addBatch();
    }

    private static void history(PreparedStatement h, List<Long> ids, int[] next, long participantId, LocalDate day,
                                ParticipantStatus from, ParticipantStatus to, String by) throws SQLException {
        historyWithReason(h, ids, next, participantId, day, from, to, by, null);
    }

    private static void historyWithReason(PreparedStatement h, List<Long> ids, int[] next, long participantId,
                                          LocalDate day, ParticipantStatus from, ParticipantStatus to, String by,
                                          String reason) throws SQLException {
        h.setLong(1, ids.get(next[0]++));
        h.setLong(2, participantId);
        h.setString(3, from.name());
        h.setString(4, to.name());
        h.setDate(5, Date.valueOf(day));
        h.setString(6, reason);
        h.setString(7, by);
        h.setTimestamp(8, Timestamp.valueOf(LocalDateTime.of(day, java.time.LocalTime.of(10, 0))));
        h.addBatch();
    }
}
