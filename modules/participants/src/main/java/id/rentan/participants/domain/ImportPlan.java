package id.rentan.participants.domain;

import id.rentan.participants.api.ImportOutcome;
import id.rentan.participants.api.ParticipantStatus;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.error.RuleViolation;
import id.rentan.platform.api.io.TableReader.Table;
import id.rentan.platform.api.io.TableReader.TableRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Decides the outcome of every row of an import, without saving anything: the same plan serves the dry run and the
 * commit, so both return the same report. The header is matched by column name, any case, any order; a missing
 * required column refuses the whole file. Each row is checked by {@link ParticipantRules}; a row with an error is
 * REJECTED; a NIK seen in an earlier row of the file, or already holding an enrolment in the registry (V-06), is a
 * DUPLICATE, with the state that blocks it; every other row is ACCEPTED, with its warnings.
 */
public final class ImportPlan {

    /**
     * One row of the plan.
     *
     * @param line       line number in the file
     * @param nik        the NIK as written
     * @param outcome    what happens to the row
     * @param violations errors and warnings, each citing its rule
     * @param data       the validated data of an accepted row, else {@code null}
     */
    public record PlannedRow(int line, String nik, ImportOutcome outcome, List<RuleViolation> violations,
                             ParticipantData data) {
    }

    /** From this many rows on, the rows are checked in parallel. */
    static final int PARALLEL_FROM = 2_000;

    private final List<PlannedRow> rows;

    private ImportPlan(List<PlannedRow> rows) {
        this.rows = rows;
    }

    /**
     * Plans an import.
     *
     * @param table         the file's rows
     * @param opdCode       the OPD the rows are proposed by
     * @param enrolmentDate the day of the import
     * @param rules         the data rules
     * @param holders       V-06: looks up, for the file's valid NIKs, which hold an enrolment and in which status
     * @param progress      told after each 1,000 rows, from any thread (may be {@code null})
     */
    public static ImportPlan plan(Table table, String opdCode, LocalDate enrolmentDate, ParticipantRules rules,
                                  Function<Set<String>, Map<String, ParticipantStatus>> holders,
                                  java.util.function.IntConsumer progress) {
        int[] columns = columns(table.header());
        List<TableRow> rows = table.rows();
        // the rules are pure functions over unchanging reference data: a large file is checked on every core
        AtomicInteger done = new AtomicInteger();
        IntStream indexes = IntStream.range(0, rows.size());
        List<ParticipantRules.Checked> checked = (rows.size() >= PARALLEL_FROM ? indexes.parallel() : indexes)
                .mapToObj(i -> {
                    ParticipantRules.Checked c = rules.check(input(rows.get(i), columns), opdCode, enrolmentDate);
                    int n = done.incrementAndGet();
                    if (progress != null && n % 1000 == 0) {
                        progress.accept(n);
                    }
                    return c;
                })
                .toList();
        Set<String> niks = new LinkedHashSet<>();
        for (ParticipantRules.Checked c : checked) {
            if (c.data() != null) {
                niks.add(c.data().nik().value());
            }
        }
        Map<String, ParticipantStatus> registered = niks.isEmpty() ? Map.of() : holders.apply(niks);

        List<PlannedRow> planned = new ArrayList<>(table.rows().size());
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            TableRow row = table.rows().get(i);
            ParticipantRules.Checked c = checked.get(i);
            String nik = row.cell(columns[0]);
            if (c.hasErrors()) {
                planned.add(new PlannedRow(row.line(), nik, ImportOutcome.REJECTED, c.violations(), null));
                continue;
            }
            String value = c.data().nik().value();
            Integer earlier = firstLine.putIfAbsent(value, row.line());
            if (earlier != null) {
                List<RuleViolation> v = new ArrayList<>(c.violations());
                v.add(0, RuleViolation.error("V-06", "import.row.duplicateInFile", earlier));
                planned.add(new PlannedRow(row.line(), nik, ImportOutcome.DUPLICATE, v, null));
                continue;
            }
            ParticipantStatus holder = registered.get(value);
            if (holder != null) {
                List<RuleViolation> v = new ArrayList<>(c.violations());
                v.add(0, RuleViolation.error("V-06", "rule.V-06." + holder.name()));
                planned.add(new PlannedRow(row.line(), nik, ImportOutcome.DUPLICATE, v, null));
                continue;
            }
            planned.add(new PlannedRow(row.line(), nik, ImportOutcome.ACCEPTED, c.violations(), c.data()));
        }
        return new ImportPlan(planned);
    }

    /** Maps the template's columns to the file's positions; refuses a file without a required column. */
    static int[] columns(List<String> header) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            positions.putIfAbsent(name, i);
        }
        List<String> missing = ParticipantInput.REQUIRED_COLUMNS.stream()
                .filter(c -> !positions.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new BusinessException("import.file.missingColumns", String.join(", ", missing));
        }
        int[] columns = new int[ParticipantInput.COLUMNS.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = positions.getOrDefault(ParticipantInput.COLUMNS.get(i), -1);
        }
        return columns;
    }

    private static ParticipantInput input(TableRow row, int[] c) {
        return new ParticipantInput(row.cell(c[0]), row.cell(c[1]), row.cell(c[2]), row.cell(c[3]), row.cell(c[4]),
                row.cell(c[5]), row.cell(c[6]), row.cell(c[7]), row.cell(c[8]), row.cell(c[9]), row.cell(c[10]),
                row.cell(c[11]), row.cell(c[12]), row.cell(c[13]));
    }

    public List<PlannedRow> rows() {
        return rows;
    }

    public long count(ImportOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Accepted rows that carry at least one warning. */
    public long withWarnings() {
        return rows.stream().filter(r -> r.outcome() == ImportOutcome.ACCEPTED && !r.violations().isEmpty()).count();
    }

    public List<PlannedRow> accepted() {
        return rows.stream().filter(r -> r.outcome() == ImportOutcome.ACCEPTED).toList();
    }
}
