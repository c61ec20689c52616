package id.rentan.participants.domain;

import id.rentan.participants.api.ImportOutcome;
import id.rentan.participants.api.ParticipantStatus;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.io.TableReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import plan: the same report for a dry run and a commit; duplicates within a file and against V-06. */
class ImportPlanTest {

    private static final String HEADER = "nik,no_kk,nama,tempat_lahir,tanggal_lahir,jenis_kelamin,nama_ibu_kandung,"
            + "alamat,rt,rw,kode_kelurahan,no_hp,sektor,penghasilan\n";

    private static ImportPlan plan(String csv, Map<String, ParticipantStatus> registered) {
        TableReader.Table table = TableReader.read(csv.getBytes(StandardCharsets.UTF_8));
        return ImportPlan.plan(table, "DKUPP", Fixtures.TODAY, Fixtures.rules(),
                niks -> registered, null);
    }

    @Test
    @DisplayName("good, bad and duplicate rows, each with its line and rule ids")
    void outcomes() {
        String csv = HEADER
                + "3574014107900001,,Siti Aminah,Probolinggo,1990-07-01,P,Fatimah,Jl. Mastrip 1,1,1,35.74.01.1001,,UMKM,\n"
                + "3574014107900002,,Rina,Probolinggo,1990-07-01,P,Fatimah,Jl. Mastrip 2,1,1,Paris,,UMKM,\n"
                + "3574014107900001,,Siti Aminah,Probolinggo,1990-07-01,P,Fatimah,Jl. Mastrip 1,1,1,35.74.01.1001,,UMKM,\n"
                + "3574014107900003,,Ani,Probolinggo,1990-07-02,P,Fatimah,Jl. Mastrip 3,1,1,Ketapang,,umkm,\n"
                + "3574014107900004,,Dewi,Probolinggo,1990-07-01,P,Fatimah,Jl. Mastrip 4,1,1,Ketapang,,UMKM,\n";
        ImportPlan plan = plan(csv, Map.of("3574014107900004", ParticipantStatus.ACTIVE));
        List<ImportPlan.PlannedRow> rows = plan.rows();
        assertEquals(5, rows.size());
        assertEquals(List.of(2, 3, 4, 5, 6), rows.stream().map(ImportPlan.PlannedRow::line).toList());
        assertEquals(List.of(ImportOutcome.ACCEPTED, ImportOutcome.REJECTED, ImportOutcome.DUPLICATE,
                ImportOutcome.ACCEPTED, ImportOutcome.DUPLICATE), rows.stream().map(ImportPlan.PlannedRow::outcome).toList());
        assertEquals("V-09", rows.get(1).violations().get(0).rule());
        assertEquals("import.row.duplicateInFile", rows.get(2).violations().get(0).messageKey());
        assertEquals(List.of(2), rows.get(2).violations().get(0).args(), "the first row wins");
        assertEquals("V-04", rows.get(3).violations().get(0).rule(), "a warning on an accepted row");
        assertEquals("rule.V-06.ACTIVE", rows.get(4).violations().get(0).messageKey(),
                "the state that blocks it, not the other OPD's data");
        assertEquals(2, plan.count(ImportOutcome.ACCEPTED));
        assertEquals(1, plan.withWarnings());
    }

    @Test
    @DisplayName("columns in any order and any case; optional columns may be absent")
    void columnsInAnyOrder() {
        String csv = "SEKTOR;Nama;NIK;tempat_lahir;tanggal_lahir;jenis_kelamin;nama_ibu_kandung;alamat;rt;rw;kode_kelurahan\n"
                + "UMKM;Siti Aminah;3574014107900001;Probolinggo;01/07/1990;Perempuan;Fatimah;\"Jl. Mastrip; No. 1\";1;1;Kedungasem\n";
        ImportPlan plan = plan(csv, Map.of());
        assertEquals(ImportOutcome.ACCEPTED, plan.rows().get(0).outcome(), plan.rows().get(0).violations().toString());
        assertEquals("Jl. Mastrip; No. 1", plan.rows().get(0).data().address());
    }

    @Test
    @DisplayName("a missing required column refuses the whole file, naming the columns")
    void missingColumns() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> plan("nik,nama,tanggal_lahir\n3574014107900001,Siti,1990-07-01\n", Map.of()));
        assertEquals("import.file.missingColumns", e.messageKey());
        assertTrue(e.args().get(0).toString().contains("tempat_lahir"));
        assertTrue(e.args().get(0).toString().contains("kode_kelurahan"));
    }
}
