package id.rentan.reporting.application;

import id.rentan.participants.api.CoverageFigures;
import id.rentan.participants.api.CoverageFigures.CellCount;
import id.rentan.participants.api.CoverageFigures.CoverageDimension;
import id.rentan.participants.api.CoverageFigures.CoverageFilter;
import id.rentan.participants.api.CoverageFigures.GroupCount;
import id.rentan.participants.api.CoverageFigures.MonthCount;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.param.Parameters;
import id.rentan.platform.api.reference.OpdInfo;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.region.KecamatanInfo;
import id.rentan.platform.api.region.KelurahanInfo;
import id.rentan.platform.api.region.RegionDirectory;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.DataScope;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Texts;
import id.rentan.reporting.domain.CoverageTarget;
import id.rentan.reporting.domain.CoverageTargets;
import id.rentan.reporting.domain.ReportDocument;
import id.rentan.reporting.domain.ReportDocument.Chart;
import id.rentan.reporting.domain.ReportDocument.ChartKind;
import id.rentan.reporting.domain.ReportDocument.Percent;
import id.rentan.reporting.domain.ReportDocument.Section;
import id.rentan.reporting.domain.ReportDocument.Series;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The coverage report (R-01..R-03) from the participants module's coverage figures, which always equal a count of the
 * registry, and the years' populations and targets (R-02, entered by the administrator). Scoped as the registry: an
 * OPD operator gets its own OPD's figures, without the city's population and rates.
 */
@ApplicationScoped
public class CoverageReportService {

    static final Role[] READERS = {Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.FINANCE, Role.BPJS_OFFICER,
            Role.AUDITOR};

    @Inject
    CoverageFigures figures;

    @Inject
    CoverageTargets targets;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Inject
    Parameters parameters;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    RegionDirectory regions;

    @Inject
    Texts texts;

    @Inject
    AuditTrail audit;

    /** Every dimension (the dashboard). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CoverageReport report(int year, CoverageFilter filter, Locale locale) {
        return report(year, filter, EnumSet.allOf(CoverageDimension.class), locale);
    }

    /** The chosen dimensions only (the API's {@code groupBy}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CoverageReport report(int year, CoverageFilter filter, Set<CoverageDimension> dimensions, Locale locale) {
        callers.require(READERS);
        LocalDate today = clock.today();
        YearMonth month = referenceMonth(year, today);
        CoverageFilter f = filter == null ? CoverageFilter.none() : filter;
        DataScope scope = callers.scope();
        boolean wholeCity = scope.isUnrestricted() && f.equals(CoverageFilter.none());

        List<MonthCount> months = figures.perMonth(month.minusMonths(23), month, f);
        long covered = months.get(months.size() - 1).covered();
        YearMonth december = YearMonth.of(year - 1, 12);
        long previous = months.stream().filter(m -> m.month().equals(december)).findFirst()
                .map(MonthCount::covered).orElse(0L);

        Optional<CoverageTarget> target = targets.of(year);
        Long population = wholeCity ? target.map(CoverageTarget::population).orElse(null) : null;
        BigDecimal percent = target.map(CoverageTarget::targetPercent).orElse(null);
        Long targetPeople = wholeCity ? target.map(CoverageTarget::targetPeople).orElse(null) : null;
        Double rate = population == null ? null : percent(covered, population);
        Long gap = targetPeople == null ? null : Math.max(0, targetPeople - covered);
        Rupiah premium = parameters.monthlyPremiumOn(parameters.amountOn(ParameterCode.DEFAULT_REPORTED_INCOME, today),
                today);
        Rupiah gapPerYear = gap == null ? null : premium.times(gap).times(12);

        Map<CoverageDimension, List<CoverageReport.Group>> groups = new EnumMap<>(CoverageDimension.class);
        EnumSet<CoverageDimension> fromCells = EnumSet.copyOf(dimensions.isEmpty()
                ? EnumSet.noneOf(CoverageDimension.class) : dimensions);
        fromCells.remove(CoverageDimension.AGE_BAND);
        if (!fromCells.isEmpty()) {
            List<CellCount> cells = figures.cells(month, f);
            for (CoverageDimension d : fromCells) {
                Map<String, Long> sums = new HashMap<>();
                for (CellCount c : cells) {
                    sums.merge(key(d, c), c.covered(), Long::sum);
                }
                groups.put(d, groups(d, sums, covered, population, locale));
            }
        }
        if (dimensions.contains(CoverageDimension.AGE_BAND) && !f.byPlace()) {
            Map<String, Long> sums = new HashMap<>();
            for (GroupCount g : figures.by(CoverageDimension.AGE_BAND, month, f)) {
                sums.put(g.key(), g.covered());
            }
            groups.put(CoverageDimension.AGE_BAND, groups(CoverageDimension.AGE_BAND, sums, covered, population,
                    locale));
        }
        String scopeText = scope.restrictedOpd().orElse(texts.text(locale, "report.scope.all"));
        return new CoverageReport(year, month, f, scopeText, wholeCity, population, percent, targetPeople, covered,
                rate, gap, premium, gapPerYear, previous, covered - previous, months, groups);
    }

    /** December of a past year, this month for the current year; a future year is refused. */
    static YearMonth referenceMonth(int year, LocalDate today) {
        if (year < 2000 || year > today.getYear()) {
            throw new BusinessException("report.year.invalid", year, today.getYear());
        }
        return year == today.getYear() ? YearMonth.from(today) : YearMonth.of(year, 12);
    }

    static Double percent(long part, long whole) {
        return whole <= 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static String key(CoverageDimension d, CellCount c) {
        return switch (d) {
            case SECTOR -> c.sectorCode();
            case OPD -> c.opdCode();
            case KECAMATAN -> c.kecamatanCode();
            case KELURAHAN -> c.kelurahanCode();
            case GENDER -> c.gender();
            case AGE_BAND -> throw new IllegalArgumentException();
        };
    }

    private List<CoverageReport.Group> groups(CoverageDimension d, Map<String, Long> sums, long total,
                                              Long population, Locale locale) {
        Function<String, String> label = labels(d, locale);
        List<CoverageReport.Group> out = new ArrayList<>();
        sums.forEach((key, n) -> {
            if (n != 0) {
                out.add(new CoverageReport.Group(key, label.apply(key), n,
                        population == null ? null : percent(n, population),
                        total == 0 ? 0 : Math.round(n * 1000.0 / total) / 10.0));
            }
        });
        if (d == CoverageDimension.AGE_BAND || d == CoverageDimension.GENDER) {
            out.sort(Comparator.comparing(CoverageReport.Group::key));
        } else {
            out.sort(Comparator.comparingLong(CoverageReport.Group::covered).reversed()
                    .thenComparing(CoverageReport.Group::key));
        }
        return out;
    }

    /** The name of a group's code in the reader's language. */
    Function<String, String> labels(CoverageDimension d, Locale locale) {
        return switch (d) {
            case SECTOR -> code -> organisations.sector(code).map(s -> s.label(locale)).orElse(code);
            case OPD -> code -> organisations.opd(code).map(OpdInfo::name).orElse(code);
            case KECAMATAN -> code -> regions.kecamatan().stream().filter(k -> k.code().equals(code)).findFirst()
                    .map(KecamatanInfo::name).orElse(code);
            case KELURAHAN -> code -> regions.byCode(code).map(KelurahanInfo::name).orElse(code);
            case GENDER -> code -> texts.text(locale, "participant.gender." + code);
            case AGE_BAND -> code -> texts.text(locale, "participant.ageBand." + code);
        };
    }

    /** The report as a downloadable document, in the reader's language. */
    public ReportDocument document(CoverageReport r, Locale locale) {
        List<Section> sections = new ArrayList<>();
        List<List<Object>> summary = new ArrayList<>();
        summary.add(row(texts.text(locale, "coverage.referenceMonth"), r.month().toString()));
        summary.add(row(texts.text(locale, "coverage.covered"), r.covered()));
        summary.add(row(texts.text(locale, "coverage.previous", r.year() - 1), r.previousCovered()));
        summary.add(row(texts.text(locale, "coverage.change"), r.change()));
        if (r.population() != null) {
            summary.add(row(texts.text(locale, "coverage.population"), r.population()));
            summary.add(row(texts.text(locale, "coverage.rate"), new Percent(r.rate())));
            summary.add(row(texts.text(locale, "coverage.target"), new Percent(r.targetPercent().doubleValue())));
            summary.add(row(texts.text(locale, "coverage.targetPeople"), r.targetPeople()));
            summary.add(row(texts.text(locale, "coverage.gapPeople"), r.gapPeople()));
            summary.add(row(texts.text(locale, "coverage.gapPerYear"), r.gapPerYear()));
        }
        summary.add(row(texts.text(locale, "coverage.monthlyPremium"), r.monthlyPremium()));
        sections.add(new Section("coverage.section.summary", List.of("coverage.column.figure",
                "coverage.column.value"), summary, null));
        List<List<Object>> months = new ArrayList<>();
        for (MonthCount m : r.months()) {
            months.add(row(m.month(), m.covered()));
        }
        sections.add(new Section("coverage.section.months", List.of("coverage.column.month",
                "coverage.column.covered"), months, new Chart(ChartKind.LINE,
                r.months().stream().map(m -> m.month().toString()).toList(),
                List.of(new Series("coverage.column.covered",
                        r.months().stream().map(m -> (Number) m.covered()).toList())))));
        for (CoverageDimension d : CoverageDimension.values()) {
            List<CoverageReport.Group> groups = r.group(d);
            if (!r.groups().containsKey(d)) {
                continue;
            }
            List<List<Object>> rows = new ArrayList<>();
            for (CoverageReport.Group g : groups) {
                rows.add(r.population() == null ? row(g.label(), g.covered(), new Percent(g.share()))
                        : row(g.label(), g.covered(), new Percent(g.share()), new Percent(g.rate())));
            }
            List<String> columns = r.population() == null
                    ? List.of("coverage.by." + d.name(), "coverage.column.covered", "coverage.column.share")
                    : List.of("coverage.by." + d.name(), "coverage.column.covered", "coverage.column.share",
                    "coverage.column.rate");
            Chart chart = groups.size() > 40 ? null : new Chart(ChartKind.BAR,
                    groups.stream().map(CoverageReport.Group::label).toList(),
                    List.of(new Series("coverage.column.covered",
                            groups.stream().map(g -> (Number) g.covered()).toList())));
            sections.add(new Section("coverage.by." + d.name(), columns, rows, chart));
        }
        return new ReportDocument("coverage.title", texts.text(locale, "coverage.period", r.year(),
                r.month().toString()), r.scope(), sections);
    }

    /** Audits a download of the report. */
    public void downloaded(CoverageReport r, String format) {
        Caller caller = callers.require(READERS);
        audit.record("REPORT_DOWNLOADED", "Report", "coverage-" + r.year(), null,
                Map.of("report", "coverage", "year", r.year(), "format", format, "scope", r.scope(),
                        "by", caller.username()));
    }

    private static List<Object> row(Object... cells) {
        List<Object> list = new ArrayList<>(cells.length);
        java.util.Collections.addAll(list, cells);
        return list;
    }
}
