package id.rentan.participants.application;

import id.rentan.participants.api.ParticipantEvents;
import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.domain.Participant;
import id.rentan.participants.domain.ParticipantRepository;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.io.TableReader;
import id.rentan.platform.api.io.TableReader.Table;
import id.rentan.platform.api.io.TableReader.TableRow;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BPJS's registration results for submitted participants, uploaded as CSV or XLSX with the columns
 * {@code nik,kpj,tanggal_mulai,status,alasan}: {@code REGISTERED} makes the participant ACTIVE with its KPJ (V-10)
 * and coverage start; {@code REJECTED} refuses it with BPJS's reason. Each row is answered on its own; a bad row
 * changes nothing.
 */
@ApplicationScoped
public class RegistrationService {

    static final List<String> COLUMNS = List.of("nik", "kpj", "tanggal_mulai", "status", "alasan");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT));

    @Inject
    ParticipantRepository participants;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessClock clock;

    @Inject
    Event<ParticipantEvents.Registered> registered;

    @Inject
    Event<ParticipantEvents.RegistrationRefused> refused;

    @Transactional
    public BulkResult upload(byte[] content, String fileName) {
        Caller caller = callers.require(Role.ADMIN, Role.BPJS_OFFICER);
        Table table = TableReader.read(content);
        Map<String, Integer> col = columns(table.header());
        LocalDateTime now = clock.now();
        List<BulkResult.Row> rows = new ArrayList<>();
        int registeredCount = 0;
        for (TableRow row : table.rows()) {
            String ref = "line " + row.line();
            String nik = row.cell(col.get("nik")).replaceAll("\\s", "");
            try {
                Participant p = participants.findHolding(nik)
                        .filter(x -> x.status() == ParticipantStatus.SUBMITTED)
                        .orElseThrow(() -> new BusinessException("registration.row.notSubmitted",
                                id.rentan.platform.api.identity.Nik.mask(nik)));
                p = participants.lock(p.id());
                String status = row.cell(col.get("status")).toUpperCase(Locale.ROOT);
                switch (status) {
                    case "REGISTERED", "TERDAFTAR", "AKTIF" -> {
                        LocalDate start = date(row.cell(col.get("tanggal_mulai")));
                        Map<String, Object> before = Map.of("status", p.status().name());
                        participants.addChange(p.register(row.cell(col.get("kpj")), start, caller.username(), now));
                        audit.record("PARTICIPANT_REGISTERED", "Participant", String.valueOf(p.id()), before,
                                p.snapshot());
                        registered.fire(new ParticipantEvents.Registered(p.id(), p.kpj(), start));
                        registeredCount++;
                    }
                    case "REJECTED", "DITOLAK" -> {
                        String reason = row.cell(col.getOrDefault("alasan", -1));
                        if (reason.isBlank()) {
                            throw new BusinessException("registration.row.reasonRequired");
                        }
                        Map<String, Object> before = Map.of("status", p.status().name());
                        participants.addChange(p.reject("BPJS: " + reason, caller.username(), now));
                        audit.record("PARTICIPANT_REGISTRATION_REFUSED", "Participant", String.valueOf(p.id()),
                                before, p.snapshot());
                        refused.fire(new ParticipantEvents.RegistrationRefused(p.id()));
                    }
                    default -> throw new BusinessException("registration.row.status", status);
                }
                rows.add(BulkResult.Row.done(p.id(), ref));
            } catch (BusinessException e) {
                rows.add(BulkResult.Row.refused(null, ref, e.messageKey(), e.args()));
            }
        }
        audit.record("REGISTRATION_RESULTS_UPLOADED", "RegistrationResults", fileName, null,
                Map.of("rows", rows.size(), "registered", registeredCount,
                        "refusedRows", rows.stream().filter(r -> !r.done()).count()));
        return new BulkResult(rows);
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !c.equals("alasan") && !col.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new BusinessException("import.file.missingColumns", String.join(", ", missing));
        }
        return col;
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text.strip(), f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        throw new BusinessException("registration.row.date", text);
    }
}
