package id.rentan.it;

import id.rentan.funding.application.PaymentService;
import id.rentan.funding.domain.Invoice;
import id.rentan.funding.domain.Payment;
import id.rentan.participants.application.ImportResult;
import id.rentan.participants.application.ImportService;
import id.rentan.participants.application.ParticipantService;
import id.rentan.participants.application.RegistrationService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What in-container tests need before their own story starts: verified candidates of an OPD (through an import),
 * their registration by BPJS from given dates, an invoice paid the maker-checker way, and a few reads of the
 * database (status, audit log, counts).
 */
@ApplicationScoped
public class Enrolments {

    @Inject
    TestCaller testCaller;

    @Inject
    ImportService imports;

    @Inject
    ParticipantService participants;

    @Inject
    RegistrationService registrations;

    @Inject
    PaymentService payments;

    @Resource(lookup = "java:app/jdbc/rentan")
    DataSource dataSource;

    /** Verified candidates of an OPD (RT/RW heads), created through an import. */
    public List<Long> verified(String opd, int n) throws SQLException {
        return verified(opd, n, "");
    }

    /** As {@link #verified(String, int)}, with a reported income ("" for the default, C-02). */
    public List<Long> verified(String opd, int n, String income) throws SQLException {
        testCaller.actAs(Callers.ADMIN);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(TestData.goodRow(TestData.nik(), "RT_RW") + income);
        }
        ImportResult result = imports.run(opd, TestData.csv(rows), "uji.csv", false, null);
        assertEquals(n, result.accepted(), result.rows().toString());
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id FROM participants.participant WHERE import_id = ? ORDER BY id")) {
            ps.setLong(1, result.importId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        testCaller.actAs(Callers.VERIFIER);
        assertEquals(n, participants.verify(ids).doneCount());
        return ids;
    }

    public List<String> niks(List<Long> ids) throws SQLException {
        List<String> niks = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT nik FROM participants.participant WHERE id = ?")) {
            for (Long id : ids) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    niks.add(rs.getString(1));
                }
            }
        }
        return niks;
    }

    /**
     * Submitted participants registered by BPJS, cover starting on the dates given (one per participant). The
     * registry lets cover start only after the proposal, so the proposals are backdated to {@code proposedOn}.
     */
    public void registered(List<Long> ids, LocalDate proposedOn, List<LocalDate> starts) throws SQLException {
        List<String> niks = niks(ids);
        StringBuilder csv = new StringBuilder("nik,kpj,tanggal_mulai,status,alasan\n");
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE participants.participant SET proposed_on = ? WHERE id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setObject(1, proposedOn);
                ps.setLong(2, ids.get(i));
                ps.addBatch();
                csv.append(niks.get(i)).append(",77").append(String.format("%08d", ids.get(i) % 100_000_000))
                        .append(",").append(starts.get(i)).append(",REGISTERED,\n");
            }
            ps.executeBatch();
        }
        testCaller.actAs(Callers.BPJS);
        assertEquals(ids.size(), registrations.upload(csv.toString().getBytes(StandardCharsets.UTF_8), "hasil.csv")
                .doneCount());
    }

    /** F-05: keuangan records the payment of the whole invoice, keuangan2 approves it and records BPJS's receipt. */
    public void pay(Invoice invoice) {
        testCaller.actAs(Callers.FINANCE);
        LocalDate today = LocalDate.now();
        Payment p = payments.record(invoice.id(), new Payment.Documents("SPP/T/" + invoice.id(), today,
                "SPM/T/" + invoice.id(), today, "SP2D/T/" + invoice.id(), today, invoice.total()));
        testCaller.actAs(Callers.FINANCE2);
        payments.approve(p.id());
        payments.receipt(p.id(), "BPJS/KW/T/" + invoice.id());
    }

    public String status(long participantId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT status FROM participants.participant WHERE id = ?")) {
            ps.setLong(1, participantId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Whether the audit log holds an entry of the action. */
    public boolean audited(String action) throws SQLException {
        return count("SELECT COUNT(*) FROM platform.audit_log WHERE action = ?", action) > 0;
    }

    public long count(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
