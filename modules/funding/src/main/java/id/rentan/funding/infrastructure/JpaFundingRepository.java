package id.rentan.funding.infrastructure;

import id.rentan.funding.domain.AllocationVersion;
import id.rentan.funding.domain.BillReconciliation;
import id.rentan.funding.domain.BudgetLine;
import id.rentan.funding.domain.Commitment;
import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.FundingSource;
import id.rentan.funding.domain.Invoice;
import id.rentan.funding.domain.InvoiceLine;
import id.rentan.funding.domain.InvoiceStatus;
import id.rentan.funding.domain.LedgerEntry;
import id.rentan.funding.domain.LedgerEntryType;
import id.rentan.funding.domain.Payment;
import id.rentan.funding.domain.PaymentStatus;
import id.rentan.funding.domain.Reconciliation;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.DataScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The funding module's storage: JPA for the entities, JDBC for what works on many rows at once (an invoice's frozen
 * lines written with one INSERT ... SELECT per rate, the ledger chain, bulk commitments).
 */
@ApplicationScoped
public class JpaFundingRepository implements FundingRepository {

    @PersistenceContext(unitName = "funding")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/rentan")
    DataSource dataSource;

    /** Writes pending JPA changes before JDBC reads them (only inside a transaction). */
    private void flush() {
        if (em.isJoinedToTransaction()) {
            em.flush();
        }
    }

    /**
     * The JDBC connection for the set-based work (invoice lines, ledger, reconciliations): inside a transaction, the
     * entity manager's own connection after a flush, so JDBC sees what JPA wrote and writes in the same transaction
     * whatever the calling context (the server does not share pooled connections with the entity manager in every
     * context, e.g. at start-up); closing it is left to the entity manager. Outside a transaction, a pooled one.
     */
    private Connection connection() throws SQLException {
        if (em.isJoinedToTransaction()) {
            em.flush();
            Connection own = em.unwrap(Connection.class);
            if (own != null) {
                return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                        new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                            if ("close".equals(method.getName()) && method.getParameterCount() == 0) {
                                return null;
                            }
                            try {
                                return method.invoke(own, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        }
        return dataSource.getConnection();
    }

    // ---- sources and budget lines -----------------------------------------------------------------------------

    @Override
    public List<FundingSource> sources() {
        return em.createQuery("select s from FundingSource s order by s.priority, s.code", FundingSource.class)
                .getResultList();
    }

    @Override
    public Optional<FundingSource> source(String code) {
        return Optional.ofNullable(code == null ? null : em.find(FundingSource.class, code));
    }

    @Override
    public FundingSource add(FundingSource source) {
        em.persist(source);
        return source;
    }

    @Override
    public List<BudgetLine> lines(int fiscalYear) {
        return em.createQuery("select l from BudgetLine l where l.fiscalYear = :y order by l.sourceCode, l.opdCode, "
                        + "l.sectorCode", BudgetLine.class)
                .setParameter("y", fiscalYear).getResultList();
    }

    @Override
    public List<BudgetLine> lockLines(int fiscalYear) {
        return em.createQuery("select l from BudgetLine l where l.fiscalYear = :y order by l.id", BudgetLine.class)
                .setParameter("y", fiscalYear).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public Optional<BudgetLine> line(int fiscalYear, String sourceCode, String opdCode, String sectorCode) {
        return em.createQuery("select l from BudgetLine l where l.fiscalYear = :y and l.sourceCode = :s "
                        + "and l.opdCode = :o and l.sectorCode = :c", BudgetLine.class)
                .setParameter("y", fiscalYear).setParameter("s", sourceCode)
                .setParameter("o", opdCode == null ? BudgetLine.ANY : opdCode)
                .setParameter("c", sectorCode == null ? BudgetLine.ANY : sectorCode)
                .getResultStream().findFirst();
    }

    @Override
    public BudgetLine lockLine(long id) {
        return em.find(BudgetLine.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public BudgetLine add(BudgetLine line) {
        em.persist(line);
        em.flush();
        return line;
    }

    @Override
    public AllocationVersion add(AllocationVersion version) {
        em.persist(version);
        return version;
    }

    @Override
    public List<AllocationVersion> versions(long budgetLineId) {
        return em.createQuery("select v from AllocationVersion v where v.budgetLineId = :l order by v.version desc",
                AllocationVersion.class).setParameter("l", budgetLineId).getResultList();
    }

    // ---- commitments -----------------------------------------------------------------------------------------

    @Override
    public Commitment add(Commitment commitment) {
        em.persist(commitment);
        return commitment;
    }

    @Override
    public Optional<Commitment> commitment(long participantId, int fiscalYear) {
        return em.createQuery("select c from Commitment c where c.participantId = :p and c.fiscalYear = :y",
                        Commitment.class)
                .setParameter("p", participantId).setParameter("y", fiscalYear).getResultStream().findFirst();
    }

    @Override
    public java.util.Set<Long> committedParticipants(int fiscalYear) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        each("SELECT participant_id FROM funding.commitment WHERE fiscal_year = ?", List.of(fiscalYear),
                rs -> rs.getLong(1), ids::add);
        return ids;
    }

    @Override
    public List<Commitment> lockCommitmentsFrom(long participantId, int fiscalYear) {
        return em.createQuery("select c from Commitment c where c.participantId = :p and c.fiscalYear >= :y "
                        + "order by c.fiscalYear", Commitment.class)
                .setParameter("p", participantId).setParameter("y", fiscalYear)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public Map<Long, long[]> invoicedAndPaidByLine(int fiscalYear) {
        flush();
        Map<Long, long[]> sums = new HashMap<>();
        String sql = "SELECT t.budget_line_id, SUM(t.amount), "
                + "SUM(CASE WHEN i.status = 'PAID' THEN t.amount ELSE 0 END) "
                + "FROM funding.invoice_budget_total t JOIN funding.invoice i ON i.id = t.invoice_id "
                + "WHERE i.fiscal_year = ? GROUP BY t.budget_line_id";
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, fiscalYear);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sums.put(rs.getLong(1), new long[]{rs.getLong(2), rs.getLong(3)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sums;
    }

    @Override
    public void addAll(List<Commitment> commitments) {
        for (int i = 0; i < commitments.size(); i++) {
            em.persist(commitments.get(i));
            if (i % 500 == 499) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
    }

    // ---- invoices ------------------------------------------------------------------------------------------------

    @Override
    public Optional<Invoice> invoice(long id) {
        return Optional.ofNullable(em.find(Invoice.class, id));
    }

    @Override
    public Optional<Invoice> invoice(YearMonth period, String sourceCode) {
        return em.createQuery("select i from Invoice i where i.fiscalYear = :y and i.month = :m and i.sourceCode = :s",
                        Invoice.class)
                .setParameter("y", period.getYear()).setParameter("m", period.getMonthValue())
                .setParameter("s", sourceCode).getResultStream().findFirst();
    }

    @Override
    public Invoice lockInvoice(long id) {
        return em.find(Invoice.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Invoice add(Invoice invoice) {
        em.persist(invoice);
        em.flush();
        return invoice;
    }

    @Override
    public Page<Invoice> invoices(Integer fiscalYear, Integer month, String sourceCode, InvoiceStatus status,
                                  PageRequest page) {
        String where = " where 1 = 1" + (fiscalYear == null ? "" : " and i.fiscalYear = :y")
                + (month == null ? "" : " and i.month = :m")
                + (sourceCode == null ? "" : " and i.sourceCode = :s") + (status == null ? "" : " and i.status = :t");
        TypedQuery<Invoice> q = em.createQuery("select i from Invoice i" + where
                + " order by i.fiscalYear desc, i.month desc, i.sourceCode", Invoice.class);
        TypedQuery<Long> count = em.createQuery("select count(i) from Invoice i" + where, Long.class);
        for (TypedQuery<?> query : List.of(q, count)) {
            if (fiscalYear != null) {
                query.setParameter("y", fiscalYear);
            }
            if (month != null) {
                query.setParameter("m", month);
            }
            if (sourceCode != null) {
                query.setParameter("s", sourceCode);
            }
            if (status != null) {
                query.setParameter("t", status);
            }
        }
        List<Invoice> items = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, count.getSingleResult(), page);
    }

    private static final String ROSTER_FROM = " FROM funding.commitment c";
    private static final String ROSTER_WHERE = " WHERE c.state = 'COVERED' AND c.fiscal_year = ? "
            + "AND c.source_code = ? AND c.first_month <= ? AND c.last_month >= ?";
    private static final String ROSTER = ROSTER_FROM + ROSTER_WHERE;

    @Override
    public List<Long> billedIncomes(YearMonth period, String sourceCode) {
        return list("SELECT DISTINCT c.reported_income" + ROSTER, roster(period, sourceCode), rs -> rs.getLong(1));
    }

    private static List<Object> roster(YearMonth period, String sourceCode) {
        return List.of(period.getYear(), sourceCode, period.getMonthValue(), period.getMonthValue());
    }

    @Override
    public long[] writeLines(Invoice invoice, Map<Long, Long> ratePerIncome) {
        flush();
        // C-03: the rate of every reported income on the month's first day, frozen with the invoice; the premiums are
        // written by one statement that looks each participant's rate up here (a statement per income read the whole
        // roster once per distinct income). A participant whose income has no rate here (it changed while this ran)
        // gets no amount, which the NOT NULL of invoice_line.amount refuses: the invoice is not generated rather than
        // generated without them.
        String rates = "INSERT INTO funding.invoice_rate (invoice_id, reported_income, rate) VALUES (?, ?, ?)";
        String premiums = "INSERT INTO funding.invoice_line (invoice_id, kind, participant_id, commitment_id, "
                + "budget_line_id, opd_code, sector_code, nik, kpj, full_name, amount) "
                + "SELECT ?, 'PREMIUM', c.participant_id, c.id, c.budget_line_id, c.opd_code, c.sector_code, c.nik, "
                + "c.kpj, c.full_name, r.rate" + ROSTER_FROM
                + " LEFT JOIN funding.invoice_rate r ON r.invoice_id = ? AND r.reported_income = c.reported_income"
                + ROSTER_WHERE + " ORDER BY c.participant_id";
        // C-05: months of paid invoices after the participant's death or exit, not credited yet
        String credits = "INSERT INTO funding.invoice_line (invoice_id, kind, participant_id, commitment_id, "
                + "budget_line_id, opd_code, sector_code, nik, kpj, full_name, credit_period, credits_line_id, amount) "
                + "SELECT ?, 'CREDIT', l.participant_id, l.commitment_id, l.budget_line_id, l.opd_code, "
                + "l.sector_code, l.nik, l.kpj, l.full_name, i.fiscal_year * 100 + i.period_month, l.id, -l.amount "
                // from the commitments that ended (ix_commitment_ended) to the paid invoices of their year (a
                // commitment is billed only in its year's invoices) to their line (ix_invoice_line_roster)
                + "FROM funding.commitment c "
                + "JOIN funding.invoice i ON i.fiscal_year = c.fiscal_year AND i.status = 'PAID' "
                + "AND (i.period_month > c.last_month OR c.state = 'RELEASED') "
                + "JOIN funding.invoice_line l ON l.invoice_id = i.id AND l.participant_id = c.participant_id "
                + "AND l.commitment_id = c.id "
                + "WHERE c.source_code = ? AND c.last_month < 12 AND l.kind = 'PREMIUM' "
                + "AND NOT EXISTS (SELECT 1 FROM funding.line_credit x WHERE x.credited_line_id = l.id) "
                + "ORDER BY l.id";
        try (Connection c = connection()) {
            try (PreparedStatement ps = c.prepareStatement(rates)) {
                for (Map.Entry<Long, Long> rate : ratePerIncome.entrySet()) {
                    bind(ps, List.of(invoice.id(), rate.getKey(), rate.getValue()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(credits)) {
                ps.setLong(1, invoice.id());
                ps.setString(2, invoice.sourceCode());
                if (ps.executeUpdate() > 0) {
                    // each credited line once (C-05): the primary key of line_credit refuses a second credit
                    try (PreparedStatement once = c.prepareStatement("INSERT INTO funding.line_credit"
                            + " (credited_line_id, credit_line_id) SELECT credits_line_id, id FROM funding.invoice_line"
                            + " WHERE invoice_id = ? AND kind = 'CREDIT'")) {
                        once.setLong(1, invoice.id());
                        once.executeUpdate();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(premiums)) {
                List<Object> args = new ArrayList<>(List.of(invoice.id(), invoice.id()));
                args.addAll(roster(invoice.period(), invoice.sourceCode()));
                bind(ps, args);
                ps.executeUpdate();
            } catch (SQLException e) {
                if ("23502".equals(e.getSQLState())) { // NULL into a NOT NULL column: an income without a rate
                    throw BusinessException.conflict("funding.invoice.rosterChanged", invoice.period().toString(),
                            invoice.sourceCode());
                }
                throw e;
            }
            return totals(c, invoice.id());
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the lines of invoice " + invoice.id() + " failed: "
                    + e.getMessage(), e);
        }
    }

    /**
     * One pass over an invoice's new lines: its totals (F-03) and what it charges each budget line
     * (invoice_budget_total), from the same rows.
     */
    private static long[] totals(Connection c, long invoiceId) throws SQLException {
        long[] totals = new long[6];
        java.util.TreeSet<Long> premiumRates = new java.util.TreeSet<>();
        Map<Long, long[]> perBudgetLine = new java.util.TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT budget_line_id, kind, amount, COUNT(*) "
                + "FROM funding.invoice_line WHERE invoice_id = ? GROUP BY budget_line_id, kind, amount")) {
            ps.setLong(1, invoiceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long amount = rs.getLong(3);
                    long count = rs.getLong(4);
                    boolean premium = "PREMIUM".equals(rs.getString(2));
                    totals[premium ? 0 : 2] += count;
                    totals[premium ? 1 : 3] += count * amount;
                    if (premium) {
                        premiumRates.add(amount);
                    }
                    long[] line = perBudgetLine.computeIfAbsent(rs.getLong(1), k -> new long[2]);
                    line[0] += count;
                    line[1] += count * amount;
                }
            }
        }
        totals[4] = premiumRates.size();
        totals[5] = premiumRates.isEmpty() ? 0 : premiumRates.first();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO funding.invoice_budget_total (invoice_id, "
                + "budget_line_id, line_count, amount) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<Long, long[]> line : perBudgetLine.entrySet()) {
                bind(ps, List.of(invoiceId, line.getKey(), line.getValue()[0], line.getValue()[1]));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return totals;
    }

    private static final String LINE_COLUMNS = "SELECT id, kind, participant_id, opd_code, sector_code, nik, kpj, "
            + "full_name, credit_period, amount";

    @Override
    public Page<InvoiceLine> lines(long invoiceId, DataScope scope, PageRequest page) {
        if (scope.isEmpty()) {
            return Page.of(List.of(), 0, page);
        }
        String opd = scope.restrictedOpd().orElse(null);
        List<Object> args = opd == null ? List.of(invoiceId) : List.of(invoiceId, opd);
        // roster order, read along ix_invoice_line_roster
        return page(LINE_COLUMNS, " FROM funding.invoice_line WHERE invoice_id = ?"
                + (opd == null ? "" : " AND opd_code = ?"), " ORDER BY invoice_id, participant_id, id", args, page,
                JpaFundingRepository::line);
    }

    @Override
    public void forEachLine(long invoiceId, Consumer<InvoiceLine> consumer) {
        flush();
        // keyset pages over ix_invoice_line_roster (invoice_id, participant_id, id), in the order of the pages on
        // screen: 100,000 lines are read a thousand at a time, whatever the driver buffers
        long afterParticipant = Long.MIN_VALUE;
        long afterLine = Long.MIN_VALUE;
        while (true) {
            List<InvoiceLine> page = list(LINE_COLUMNS + " FROM funding.invoice_line WHERE invoice_id = ? "
                    + "AND (participant_id, id) > (?, ?) ORDER BY invoice_id, participant_id, id FETCH FIRST "
                    + KEYSET_PAGE + " ROWS ONLY", List.of(invoiceId, afterParticipant, afterLine),
                    JpaFundingRepository::line);
            page.forEach(consumer);
            if (page.size() < KEYSET_PAGE) {
                return;
            }
            InvoiceLine last = page.get(page.size() - 1);
            afterParticipant = last.participantId();
            afterLine = last.id();
        }
    }

    /** The rows of one keyset page of the streamed reads. */
    static final int KEYSET_PAGE = 1000;

    @Override
    public Map<Long, long[]> rosterTotals(int fiscalYear, String sourceCode) {
        flush();
        Map<Long, long[]> totals = new HashMap<>();
        each("SELECT t.invoice_id, SUM(t.line_count), SUM(t.amount) FROM funding.invoice_budget_total t "
                        + "JOIN funding.invoice i ON i.id = t.invoice_id WHERE i.fiscal_year = ? AND i.source_code = ? "
                        + "GROUP BY t.invoice_id", List.of(fiscalYear, sourceCode),
                rs -> Map.entry(rs.getLong(1), new long[]{rs.getLong(2), rs.getLong(3)}),
                e -> totals.put(e.getKey(), e.getValue()));
        return totals;
    }

    private static InvoiceLine line(ResultSet rs) throws SQLException {
        int period = rs.getInt(9);
        Integer creditPeriod = rs.wasNull() ? null : period; // right after reading it: wasNull is about the last read
        return new InvoiceLine(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), creditPeriod, Rupiah.of(rs.getLong(10)));
    }

    // ---- reconciliations (F-04) --------------------------------------------------------------------------------

    @Override
    public java.util.Set<String> exitedBefore(YearMonth period, String sourceCode) {
        java.util.Set<String> niks = new java.util.HashSet<>();
        each("SELECT c.nik FROM funding.commitment c WHERE c.source_code = ? AND c.state = 'COVERED' "
                        + "AND c.fiscal_year = ? AND c.last_month < ?",
                List.of(sourceCode, period.getYear(), period.getMonthValue()), rs -> rs.getString(1), niks::add);
        return niks;
    }

    @Override
    public Reconciliation add(Reconciliation reconciliation, List<BillReconciliation.Row> rows) {
        em.persist(reconciliation);
        em.flush();
        try (Connection c = connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO funding.reconciliation_row (reconciliation_id, "
                     + "line, outcome, kpj, nik, full_name, billed, expected, difference, note) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (BillReconciliation.Row r : rows) {
                ps.setLong(1, reconciliation.id());
                if (r.line() == null) {
                    ps.setNull(2, Types.INTEGER);
                } else {
                    ps.setInt(2, r.line());
                }
                ps.setString(3, r.outcome().name());
                ps.setString(4, cut(r.kpj(), 20));
                ps.setString(5, cut(r.nik(), 20));
                ps.setString(6, cut(r.name(), 100));
                ps.setLong(7, r.billed());
                ps.setLong(8, r.expected());
                ps.setLong(9, r.difference());
                ps.setString(10, cut(r.note(), 200));
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return reconciliation;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public Optional<Reconciliation> reconciliation(long id) {
        return Optional.ofNullable(em.find(Reconciliation.class, id));
    }

    @Override
    public List<Reconciliation> reconciliations(long invoiceId) {
        return em.createQuery("select r from Reconciliation r where r.invoiceId = :i order by r.id desc",
                Reconciliation.class).setParameter("i", invoiceId).getResultList();
    }

    private static final String RECONCILIATION_ROWS = "SELECT line, outcome, kpj, nik, full_name, billed, expected, "
            + "difference, note";

    @Override
    public Page<BillReconciliation.Row> reconciliationRows(long reconciliationId, BillReconciliation.Outcome outcome,
                                                           PageRequest page) {
        List<Object> args = outcome == null ? List.of(reconciliationId) : List.of(reconciliationId, outcome.name());
        return page(RECONCILIATION_ROWS, " FROM funding.reconciliation_row WHERE reconciliation_id = ?"
                        + (outcome == null ? "" : " AND outcome = ?"), " ORDER BY id", args, page,
                JpaFundingRepository::reconciliationRow);
    }

    @Override
    public void forEachReconciliationRow(long reconciliationId, Consumer<BillReconciliation.Row> consumer) {
        each(RECONCILIATION_ROWS + " FROM funding.reconciliation_row WHERE reconciliation_id = ? ORDER BY id",
                List.of(reconciliationId), JpaFundingRepository::reconciliationRow, consumer);
    }

    private static BillReconciliation.Row reconciliationRow(ResultSet rs) throws SQLException {
        int line = rs.getInt(1);
        Integer lineOrNull = rs.wasNull() ? null : line;
        return new BillReconciliation.Row(lineOrNull, BillReconciliation.Outcome.valueOf(rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                rs.getString(9));
    }

    // ---- payments ------------------------------------------------------------------------------------------------

    @Override
    public Payment add(Payment payment) {
        em.persist(payment);
        em.flush();
        return payment;
    }

    @Override
    public Optional<Payment> payment(long id) {
        return Optional.ofNullable(em.find(Payment.class, id));
    }

    @Override
    public Payment lockPayment(long id) {
        return em.find(Payment.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public boolean sp2dUsed(String sp2dNumber) {
        return em.createQuery("select count(p) from Payment p where p.sp2dNumber = :n", Long.class)
                .setParameter("n", sp2dNumber.strip()).getSingleResult() > 0;
    }

    @Override
    public List<Payment> payments(long invoiceId) {
        return em.createQuery("select p from Payment p where p.invoiceId = :i order by p.id", Payment.class)
                .setParameter("i", invoiceId).getResultList();
    }

    @Override
    public Page<Payment> payments(PaymentStatus status, PageRequest page) {
        String where = status == null ? "" : " where p.status = :s";
        TypedQuery<Payment> q = em.createQuery("select p from Payment p" + where + " order by p.id desc",
                Payment.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Payment p" + where, Long.class);
        if (status != null) {
            q.setParameter("s", status);
            count.setParameter("s", status);
        }
        return Page.of(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult(), page);
    }

    @Override
    public List<Payment> payments(int fiscalYear, String sourceCode) {
        return em.createQuery("select p from Payment p where p.fiscalYear = :y and p.sourceCode = :s order by p.id",
                Payment.class).setParameter("y", fiscalYear).setParameter("s", sourceCode).getResultList();
    }

    @Override
    public long disbursedForInvoice(long invoiceId) {
        Long sum = em.createQuery("select sum(p.amount) from Payment p where p.invoiceId = :i "
                        + "and p.status in :s", Long.class)
                .setParameter("i", invoiceId)
                .setParameter("s", List.of(PaymentStatus.RECORDED, PaymentStatus.APPROVED, PaymentStatus.PAID))
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public long disbursed(int fiscalYear, String sourceCode) {
        Long sum = em.createQuery("select sum(p.amount) from Payment p where p.fiscalYear = :y "
                        + "and p.sourceCode = :s and p.status in :t", Long.class)
                .setParameter("y", fiscalYear).setParameter("s", sourceCode)
                .setParameter("t", List.of(PaymentStatus.APPROVED, PaymentStatus.PAID))
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public long allocated(int fiscalYear, String sourceCode) {
        Long sum = em.createQuery("select sum(l.allocated) from BudgetLine l where l.fiscalYear = :y "
                        + "and l.sourceCode = :s", Long.class)
                .setParameter("y", fiscalYear).setParameter("s", sourceCode).getSingleResult();
        return sum == null ? 0 : sum;
    }

    // ---- ledger --------------------------------------------------------------------------------------------------

    @Override
    public LedgerEntry append(LedgerDraft d, String by, LocalDateTime at) {
        flush();
        try (Connection c = connection()) {
            long lastSeq;
            String lastHash;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT last_seq, last_hash FROM funding.ledger_head WHERE id = 1 FOR UPDATE");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                lastSeq = rs.getLong(1);
                lastHash = rs.getString(2);
            }
            LedgerEntry e = LedgerEntry.next(lastSeq + 1, lastHash, d.type(), at, by, d.fiscalYear(), d.month(),
                    d.sourceCode(), d.invoiceId(), d.paymentId(), d.amount(), d.sp2dNumber(), d.reference(),
                    d.description());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO funding.ledger_entry (seq, entry_type, "
                    + "recorded_at, recorded_by, fiscal_year, period_month, source_code, invoice_id, payment_id, amount, "
                    + "sp2d_number, reference, description, prev_hash, hash) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindEntry(ps, e);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE funding.ledger_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                ps.setLong(1, e.seq());
                ps.setString(2, e.hash());
                ps.executeUpdate();
            }
            return e;
        } catch (SQLException ex) {
            throw new IllegalStateException("Appending to the ledger failed: " + ex.getMessage(), ex);
        }
    }

    static void bindEntry(PreparedStatement ps, LedgerEntry e) throws SQLException {
        ps.setLong(1, e.seq());
        ps.setString(2, e.type().name());
        ps.setTimestamp(3, Timestamp.valueOf(e.recordedAt()));
        ps.setString(4, e.recordedBy());
        ps.setInt(5, e.fiscalYear());
        ps.setInt(6, e.month());
        ps.setString(7, e.sourceCode());
        setLong(ps, 8, e.invoiceId());
        setLong(ps, 9, e.paymentId());
        ps.setLong(10, e.amount().amount());
        ps.setString(11, e.sp2dNumber());
        ps.setString(12, e.reference());
        ps.setString(13, e.description());
        ps.setString(14, e.prevHash());
        ps.setString(15, e.hash());
    }

    private static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    private static final String ENTRY_COLUMNS = "SELECT seq, entry_type, recorded_at, recorded_by, fiscal_year, period_month, "
            + "source_code, invoice_id, payment_id, amount, sp2d_number, reference, description, prev_hash, hash";

    @Override
    public void forEachLedgerEntry(Consumer<LedgerEntry> consumer) {
        flush();
        each(ENTRY_COLUMNS + " FROM funding.ledger_entry e ORDER BY seq", List.of(), JpaFundingRepository::entry,
                consumer);
    }

    private static LedgerEntry entry(ResultSet rs) throws SQLException {
        long invoice = rs.getLong(8);
        Long invoiceId = rs.wasNull() ? null : invoice;
        long payment = rs.getLong(9);
        Long paymentId = rs.wasNull() ? null : payment;
        return new LedgerEntry(rs.getLong(1), LedgerEntryType.valueOf(rs.getString(2)),
                rs.getTimestamp(3).toLocalDateTime(), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7),
                invoiceId, paymentId, Rupiah.of(rs.getLong(10)), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getString(14), rs.getString(15));
    }

    @Override
    public long ledgerHeadSeq() {
        return list("SELECT last_seq FROM funding.ledger_head WHERE id = 1", List.of(), rs -> rs.getLong(1)).get(0);
    }

    @Override
    public Page<LedgerEntry> ledger(LedgerFilter f, PageRequest page) {
        List<Object> args = new ArrayList<>();
        String where = ledgerWhere(f, args);
        return page(ENTRY_COLUMNS, " FROM funding.ledger_entry e" + where, " ORDER BY e.seq DESC", args, page,
                JpaFundingRepository::entry);
    }

    @Override
    public void forEachLedgerEntry(LedgerFilter f, boolean newestFirst, int pageSize,
                                   Consumer<LedgerEntry> consumer) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size " + pageSize);
        }
        flush();
        List<Object> filterArgs = new ArrayList<>();
        // the fixed year and source lead the order (it is the same order): the database then reads each page along
        // ix_ledger_year_source_seq and stops after it, instead of sorting all the remaining entries for every page
        String direction = newestFirst ? " DESC" : "";
        String order = (f.fiscalYear() == null ? "" : "e.fiscal_year" + direction + ", ")
                + (f.sourceCode() == null ? "" : "e.source_code" + direction + ", ") + "e.seq" + direction;
        String sql = ENTRY_COLUMNS + " FROM funding.ledger_entry e" + ledgerWhere(f, filterArgs)
                + (newestFirst ? " AND e.seq < ?" : " AND e.seq > ?") + " ORDER BY " + order
                + " FETCH FIRST " + pageSize + " ROWS ONLY";
        long after = newestFirst ? Long.MAX_VALUE : Long.MIN_VALUE;
        while (true) {
            List<Object> args = new ArrayList<>(filterArgs);
            args.add(after);
            List<LedgerEntry> page = list(sql, args, JpaFundingRepository::entry);
            page.forEach(consumer);
            if (page.size() < pageSize) {
                return;
            }
            after = page.get(page.size() - 1).seq();
        }
    }

    @Override
    public Map<LedgerEntryType, Long> ledgerSums(int fiscalYear, String sourceCode) {
        flush();
        Map<LedgerEntryType, Long> sums = new java.util.EnumMap<>(LedgerEntryType.class);
        each("SELECT entry_type, SUM(amount) FROM funding.ledger_entry WHERE fiscal_year = ? AND source_code = ? "
                        + "GROUP BY entry_type", List.of(fiscalYear, sourceCode),
                rs -> Map.entry(LedgerEntryType.valueOf(rs.getString(1)), rs.getLong(2)),
                e -> sums.put(e.getKey(), e.getValue()));
        return sums;
    }

    @Override
    public List<YearSource> yearsAndSources() {
        flush();
        return list("SELECT fiscal_year, source_code FROM funding.budget_line "
                        + "UNION SELECT fiscal_year, source_code FROM funding.invoice ORDER BY 1 DESC, 2",
                List.of(), rs -> new YearSource(rs.getInt(1), rs.getString(2)));
    }

    /** The WHERE clause of the disbursement history's filters; their values are added to {@code args}. */
    private static String ledgerWhere(LedgerFilter f, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (f.fiscalYear() != null) {
            where.append(" AND e.fiscal_year = ?");
            args.add(f.fiscalYear());
        }
        if (f.sourceCode() != null) {
            where.append(" AND e.source_code = ?");
            args.add(f.sourceCode());
        }
        if (f.month() != null) {
            where.append(" AND e.period_month = ?");
            args.add(f.month());
        }
        if (f.sp2dNumber() != null) {
            where.append(" AND e.sp2d_number = ?");
            args.add(f.sp2dNumber());
        }
        if (f.opdCode() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM funding.invoice_line l WHERE l.invoice_id = e.invoice_id "
                    + "AND l.opd_code = ?)");
            args.add(f.opdCode());
        }
        return where.toString();
    }

    private static int bind(PreparedStatement ps, List<?> args) throws SQLException {
        int i = 1;
        for (Object a : args) {
            ps.setObject(i++, a);
        }
        return i;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs a query and hands every row to the consumer as it is read (nothing is collected). */
    private <T> void each(String sql, List<?> args, RowReader<T> reader, Consumer<? super T> consumer) {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(reader.read(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> List<T> list(String sql, List<?> args, RowReader<T> reader) {
        List<T> rows = new ArrayList<>();
        each(sql, args, reader, rows::add);
        return rows;
    }

    /**
     * One page of {@code columns + from + order}, and the count of {@code from}.
     *
     * @param from {@code FROM ... WHERE ...}, with the placeholders of {@code args}
     */
    private <T> Page<T> page(String columns, String from, String order, List<?> args, PageRequest page,
                             RowReader<T> reader) {
        List<Object> paged = new ArrayList<>(args);
        paged.add(page.offset());
        paged.add(page.size());
        List<T> items = list(columns + from + order + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", paged, reader);
        long total = list("SELECT COUNT(*)" + from, args, rs -> rs.getLong(1)).get(0);
        return Page.of(items, total, page);
    }

    // ---- arrears -------------------------------------------------------------------------------------------------


    @Override
    public void forEachUnpaid(YearMonth period, Consumer<Unpaid> consumer) {
        flush();
        String sql = "SELECT c.participant_id, c.source_code, c.opd_code, c.nik, c.full_name, c.reported_income "
                + "FROM funding.commitment c WHERE c.state = 'COVERED' AND c.fiscal_year = ? AND c.first_month <= ? "
                + "AND c.last_month >= ? AND NOT EXISTS (SELECT 1 FROM funding.invoice i "
                + "JOIN funding.invoice_line l ON l.invoice_id = i.id AND l.participant_id = c.participant_id "
                + "WHERE l.kind = 'PREMIUM' AND i.status = 'PAID' AND i.fiscal_year = ? AND i.period_month = ?) "
                + "ORDER BY c.participant_id";
        int y = period.getYear();
        int m = period.getMonthValue();
        each(sql, List.of(y, m, m, y, m), rs -> new Unpaid(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getLong(6)), consumer);
    }

    @Override
    public Optional<BilledMonth> billedMonth(long participantId, YearMonth period) {
        return list("SELECT i.id, i.source_code, i.status FROM funding.invoice i JOIN funding.invoice_line l "
                        + "ON l.invoice_id = i.id AND l.participant_id = ? WHERE l.kind = 'PREMIUM' "
                        + "AND i.fiscal_year = ? AND i.period_month = ? ORDER BY i.id",
                List.of(participantId, period.getYear(), period.getMonthValue()),
                rs -> new BilledMonth(rs.getLong(1), rs.getString(2), InvoiceStatus.valueOf(rs.getString(3))))
                .stream().findFirst();
    }

    @Override
    public Optional<String> committedSource(long participantId, YearMonth period) {
        int m = period.getMonthValue();
        return list("SELECT source_code FROM funding.commitment WHERE participant_id = ? AND fiscal_year = ? "
                        + "AND state <> 'RELEASED' AND first_month <= ? AND last_month >= ?",
                List.of(participantId, period.getYear(), m, m), rs -> rs.getString(1)).stream().findFirst();
    }

    @Override
    public Map<Long, String> arrearsStatuses() {
        Map<Long, String> statuses = new HashMap<>();
        each("SELECT participant_id, participant_status FROM funding.arrears", List.of(),
                rs -> Map.entry(rs.getLong(1), rs.getString(2)), e -> statuses.put(e.getKey(), e.getValue()));
        return statuses;
    }

    @Override
    public void replaceArrears(Collection<Arrear> arrears, LocalDateTime checkedAt) {
        flush();
        try (Connection c = connection()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM funding.arrears")) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO funding.arrears (participant_id, source_code, "
                    + "opd_code, nik, full_name, since_period, unpaid_months, amount, participant_status, checked_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Arrear a : arrears) {
                    ps.setLong(1, a.participantId());
                    ps.setString(2, a.sourceCode());
                    ps.setString(3, a.opdCode());
                    ps.setString(4, a.nik());
                    ps.setString(5, a.fullName());
                    ps.setInt(6, a.since().getYear() * 100 + a.since().getMonthValue());
                    ps.setInt(7, a.unpaidMonths());
                    ps.setLong(8, a.amount());
                    ps.setString(9, a.status());
                    ps.setTimestamp(10, Timestamp.valueOf(checkedAt));
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Page<Arrear> arrears(DataScope scope, PageRequest page) {
        if (scope.isEmpty()) {
            return Page.of(List.of(), 0, page);
        }
        String opd = scope.restrictedOpd().orElse(null);
        return page("SELECT participant_id, source_code, opd_code, nik, full_name, since_period, unpaid_months, amount, "
                        + "participant_status", " FROM funding.arrears" + (opd == null ? "" : " WHERE opd_code = ?"),
                " ORDER BY since_period, participant_id", opd == null ? List.of() : List.of(opd), page, rs -> {
                    int since = rs.getInt(6);
                    return new Arrear(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), YearMonth.of(since / 100, since % 100), rs.getInt(7), rs.getLong(8),
                            rs.getString(9));
                });
    }

    // ---- statistics (R-04) ---------------------------------------------------------------------------------------

    /** {@code AND <column> = ?} and its argument when the value is given. */
    private static String and(String column, String value, List<Object> args) {
        if (value == null) {
            return "";
        }
        args.add(value);
        return " AND " + column + " = ?";
    }

    @Override
    public List<MonthSums> monthSums(int fiscalYear, String sourceCode, String opdCode) {
        flush();
        List<Object> args = new ArrayList<>(List.of(fiscalYear));
        String sql;
        if (opdCode == null) {
            // the invoices' own totals: no line is read
            sql = "SELECT source_code, period_month, COUNT(*), SUM(CASE WHEN status = 'PAID' THEN 1 ELSE 0 END), "
                    + "SUM(total), SUM(CASE WHEN status = 'PAID' THEN total ELSE 0 END), SUM(premium_lines), "
                    + "SUM(CASE WHEN status = 'PAID' THEN premium_lines ELSE 0 END) "
                    + "FROM funding.invoice WHERE fiscal_year = ?" + and("source_code", sourceCode, args)
                    + " GROUP BY source_code, period_month";
        } else {
            sql = "SELECT i.source_code, i.period_month, COUNT(DISTINCT i.id), "
                    + "COUNT(DISTINCT CASE WHEN i.status = 'PAID' THEN i.id END), SUM(l.amount), "
                    + "SUM(CASE WHEN i.status = 'PAID' THEN l.amount ELSE 0 END), "
                    + "SUM(CASE WHEN l.kind = 'PREMIUM' THEN 1 ELSE 0 END), "
                    + "SUM(CASE WHEN l.kind = 'PREMIUM' AND i.status = 'PAID' THEN 1 ELSE 0 END) "
                    + "FROM funding.invoice i JOIN funding.invoice_line l ON l.invoice_id = i.id "
                    + "WHERE i.fiscal_year = ?" + and("l.opd_code", opdCode, args)
                    + and("i.source_code", sourceCode, args) + " GROUP BY i.source_code, i.period_month";
        }
        return list(sql, args, rs -> new MonthSums(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
    }

    @Override
    public ParticipantCounts paidParticipants(int fiscalYear, String sourceCode, String opdCode) {
        flush();
        List<Object> args = new ArrayList<>(List.of(fiscalYear));
        String from = " FROM funding.invoice i JOIN funding.invoice_line l ON l.invoice_id = i.id "
                + "WHERE i.fiscal_year = ? AND i.status = 'PAID' AND l.kind = 'PREMIUM'"
                + and("i.source_code", sourceCode, args) + and("l.opd_code", opdCode, args);
        Map<String, Long> bySource = new java.util.LinkedHashMap<>();
        each("SELECT i.source_code, COUNT(DISTINCT l.participant_id)" + from + " GROUP BY i.source_code", args,
                rs -> Map.entry(rs.getString(1), rs.getLong(2)), e -> bySource.put(e.getKey(), e.getValue()));
        // a participant has one commitment per fiscal year (uq_commitment_participant_year), so one source: the
        // sources' counts add up to the year's without a second pass over the lines
        long total = bySource.values().stream().mapToLong(Long::longValue).sum();
        return new ParticipantCounts(bySource, total);
    }

    @Override
    public Map<String, long[]> commitmentSums(int fiscalYear, String sourceCode, String opdCode) {
        flush();
        List<Object> args = new ArrayList<>(List.of(fiscalYear));
        // a released commitment's amount is 0, so the sum is what is committed (the budget lines' running totals)
        String sql = "SELECT source_code, SUM(amount), SUM(CASE WHEN state <> 'RELEASED' THEN 1 ELSE 0 END) "
                + "FROM funding.commitment WHERE fiscal_year = ?" + and("source_code", sourceCode, args)
                + and("opd_code", opdCode, args) + " GROUP BY source_code";
        Map<String, long[]> sums = new HashMap<>();
        each(sql, args, rs -> Map.entry(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)}),
                e -> sums.put(e.getKey(), e.getValue()));
        return sums;
    }

    @Override
    public Map<String, long[]> reservedLineSums(int fiscalYear, String sourceCode, String opdCode) {
        flush();
        List<Object> args = new ArrayList<>(List.of(fiscalYear, opdCode));
        String sql = "SELECT source_code, SUM(allocated), SUM(committed) FROM funding.budget_line "
                + "WHERE fiscal_year = ? AND opd_code = ?" + and("source_code", sourceCode, args)
                + " GROUP BY source_code";
        Map<String, long[]> sums = new HashMap<>();
        each(sql, args, rs -> Map.entry(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)}),
                e -> sums.put(e.getKey(), e.getValue()));
        return sums;
    }

    @Override
    public UnpaidSums unpaidInvoices(int fiscalYear, String sourceCode, String opdCode) {
        flush();
        List<Object> args = new ArrayList<>(List.of(fiscalYear));
        String sql = opdCode == null
                ? "SELECT COUNT(*), SUM(total), MIN(period_month) FROM funding.invoice "
                + "WHERE fiscal_year = ? AND status = 'ISSUED'" + and("source_code", sourceCode, args)
                : "SELECT COUNT(DISTINCT i.id), SUM(l.amount), MIN(i.period_month) FROM funding.invoice i "
                + "JOIN funding.invoice_line l ON l.invoice_id = i.id WHERE i.fiscal_year = ? AND i.status = 'ISSUED'"
                + and("l.opd_code", opdCode, args) + and("i.source_code", sourceCode, args);
        return list(sql, args, rs -> {
            int count = rs.getInt(1);
            long amount = rs.getLong(2);
            int oldest = rs.getInt(3);
            return new UnpaidSums(count, amount, rs.wasNull() ? null : oldest);
        }).get(0);
    }

    @Override
    public List<ArrearsSums> arrearsSums(String sourceCode, String opdCode) {
        flush();
        List<Object> args = new ArrayList<>();
        String sql = "SELECT participant_status, COUNT(*), SUM(amount), MIN(since_period), MAX(checked_at) "
                + "FROM funding.arrears WHERE 1 = 1" + and("source_code", sourceCode, args)
                + and("opd_code", opdCode, args) + " GROUP BY participant_status ORDER BY participant_status";
        return list(sql, args, rs -> {
            int since = rs.getInt(4);
            return new ArrearsSums(rs.getString(1), rs.getLong(2), rs.getLong(3), YearMonth.of(since / 100,
                    since % 100), rs.getTimestamp(5).toLocalDateTime());
        });
    }
}
