package id.rentan.funding.application;

import id.rentan.funding.domain.AllocationVersion;
import id.rentan.funding.domain.BudgetLine;
import id.rentan.funding.domain.Commitment;
import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.FundingSource;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.param.Parameters;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * F-01/F-07: funding sources, allocations (pagu) per fiscal year and source, optionally reserved to an OPD or a
 * sector, changed only by new versions with a reason; and the budget overview.
 */
@ApplicationScoped
public class BudgetService {

    @Inject
    FundingRepository repository;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessClock clock;

    @Inject
    Parameters parameters;

    @Inject
    OrganisationDirectory organisations;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FundingSource> sources() {
        callers.require(Role.ADMIN, Role.FINANCE, Role.AUDITOR, Role.VERIFIER);
        return repository.sources();
    }

    /** Adds a source or changes its name, priority and whether it is used. */
    @Transactional
    public FundingSource saveSource(String code, String name, int priority, boolean active) {
        callers.require(Role.ADMIN);
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z0-9_]{2,20}")) {
            throw new BusinessException("funding.source.code", code);
        }
        if (name == null || name.isBlank()) {
            throw new BusinessException("funding.source.name");
        }
        FundingSource source = repository.source(c).orElse(null);
        Map<String, Object> before = source == null ? null
                : Map.of("name", source.name(), "priority", source.priority(), "active", source.active());
        if (source == null) {
            source = repository.add(new FundingSource(c, name.strip(), priority));
        }
        source.change(name.strip(), priority, active);
        audit.record(before == null ? "FUNDING_SOURCE_ADDED" : "FUNDING_SOURCE_CHANGED", "FundingSource", c, before,
                Map.of("name", source.name(), "priority", priority, "active", active));
        return source;
    }

    /**
     * F-01: records an allocation, or a new version of it (an APBD revision), with a reason. The amount may not fall
     * below what is already committed against it.
     */
    @Transactional
    public BudgetLine allocate(int year, String sourceCode, Rupiah amount, String opdCode, String sectorCode,
                               String reason) {
        Caller caller = callers.require(Role.ADMIN);
        if (year < 2000 || year > 2100) {
            throw new BusinessException("funding.allocation.year", year);
        }
        if (amount == null) {
            throw new BusinessException("funding.allocation.amountRequired");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("funding.allocation.reasonRequired");
        }
        String source = sourceCode == null ? "" : sourceCode.strip().toUpperCase(Locale.ROOT);
        FundingSource s = repository.source(source)
                .orElseThrow(() -> new BusinessException("funding.source.unknown", sourceCode));
        if (!s.active()) {
            throw new BusinessException("funding.source.inactive", source);
        }
        String opd = blankToNull(opdCode);
        if (opd != null && organisations.opd(opd).isEmpty()) {
            throw new BusinessException("funding.allocation.opdUnknown", opd);
        }
        String sector = blankToNull(sectorCode);
        if (sector != null && organisations.sector(sector).isEmpty()) {
            throw new BusinessException("funding.allocation.sectorUnknown", sector);
        }
        BudgetLine line = repository.line(year, source, opd, sector).orElse(null);
        if (line == null) {
            line = repository.add(new BudgetLine(year, source, opd, sector));
        } else {
            line = repository.lockLine(line.id());
        }
        Rupiah previous = line.version() == 0 ? null : line.allocated();
        line.allocate(amount);
        repository.add(new AllocationVersion(line, previous, reason.strip(), caller.username(), clock.now()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", year);
        after.put("source", source);
        after.put("opd", opd);
        after.put("sector", sector);
        after.put("amount", amount.amount());
        after.put("version", line.version());
        after.put("reason", reason.strip());
        audit.record(previous == null ? "ALLOCATION_RECORDED" : "ALLOCATION_REVISED", "BudgetLine",
                String.valueOf(line.id()), previous == null ? null : Map.of("amount", previous.amount()), after);
        return line;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AllocationVersion> versions(long lineId) {
        callers.require(Role.ADMIN, Role.FINANCE, Role.AUDITOR);
        return repository.versions(lineId);
    }

    /** F-07: every budget line of a year with its figures. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BudgetFigures> overview(int year) {
        callers.require(Role.ADMIN, Role.FINANCE, Role.AUDITOR, Role.VERIFIER);
        Map<Long, long[]> sums = repository.invoicedAndPaidByLine(year);
        Rupiah rate = rateForNewPlace(year);
        int months = monthsForNewPlace(year);
        List<BudgetFigures> rows = new ArrayList<>();
        for (BudgetLine l : repository.lines(year)) {
            long[] s = sums.getOrDefault(l.id(), new long[2]);
            rows.add(figures(l.id(), year, l.sourceCode(), l.opdCode(), l.sectorCode(), l.version(), l.allocated(),
                    l.committed(), Rupiah.of(s[0]), Rupiah.of(s[1]), rate, months));
        }
        return rows;
    }

    /** F-07: the lines of a year summed per source. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BudgetFigures> bySource(int year) {
        List<BudgetFigures> lines = overview(year);
        Rupiah rate = rateForNewPlace(year);
        int months = monthsForNewPlace(year);
        Map<String, Rupiah[]> sums = new LinkedHashMap<>();
        for (BudgetFigures f : lines) {
            Rupiah[] s = sums.computeIfAbsent(f.sourceCode(),
                    k -> new Rupiah[]{Rupiah.ZERO, Rupiah.ZERO, Rupiah.ZERO, Rupiah.ZERO});
            s[0] = s[0].plus(f.allocated());
            s[1] = s[1].plus(f.committed());
            s[2] = s[2].plus(f.invoiced());
            s[3] = s[3].plus(f.paid());
        }
        List<BudgetFigures> rows = new ArrayList<>();
        sums.forEach((source, s) -> rows.add(figures(null, year, source, null, null, 0, s[0], s[1], s[2], s[3], rate,
                months)));
        return rows;
    }

    private static BudgetFigures figures(Long id, int year, String source, String opd, String sector, int version,
                                         Rupiah allocated, Rupiah committed, Rupiah invoiced, Rupiah paid, Rupiah rate,
                                         int months) {
        Rupiah remaining = allocated.minus(committed);
        long perPlace = rate.amount() * months;
        long places = perPlace <= 0 || remaining.amount() <= 0 ? 0 : remaining.amount() / perPlace;
        double absorption = allocated.isZero() ? 0 : Math.round(paid.amount() * 1000.0 / allocated.amount()) / 10.0;
        return new BudgetFigures(id, year, source, opd, sector, version, allocated, committed, invoiced, paid,
                remaining, places, absorption);
    }

    /** The months a participant starting next month (or in January of a later year) is covered to December. */
    int monthsForNewPlace(int year) {
        YearMonth start = firstMonthForNewPlace(year);
        return start.getYear() != year ? 0 : 13 - start.getMonthValue();
    }

    private YearMonth firstMonthForNewPlace(int year) {
        YearMonth next = YearMonth.from(clock.today()).plusMonths(1);
        return next.getYear() < year ? YearMonth.of(year, 1) : next;
    }

    /** Today's monthly premium at the default reported income (C-02), for "places left". */
    Rupiah rateForNewPlace(int year) {
        LocalDate today = clock.today();
        LocalDate on = today.getYear() < year ? LocalDate.of(year, 1, 1) : today;
        try {
            Rupiah income = parameters.amountOn(ParameterCode.DEFAULT_REPORTED_INCOME, on);
            return parameters.monthlyPremiumOn(income, on);
        } catch (BusinessException e) {
            return Rupiah.ZERO;
        }
    }

    /** What a new participant starting in a month costs to December (C-02 income, C-03 rates). */
    public Rupiah costFrom(YearMonth start) {
        Rupiah income = parameters.amountOn(ParameterCode.DEFAULT_REPORTED_INCOME, start.atDay(1));
        return Commitment.cost(income.amount(), start, new ParameterRates(parameters));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
