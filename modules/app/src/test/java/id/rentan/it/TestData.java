package id.rentan.it;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test participants that never collide with the demo data (their NIKs are first issued in Surabaya, 3578, which the
 * demo generator never uses) nor with each other (a serial per test run).
 */
public final class TestData {

    public static final String HEADER = "nik,no_kk,nama,tempat_lahir,tanggal_lahir,jenis_kelamin,nama_ibu_kandung,"
            + "alamat,rt,rw,kode_kelurahan,no_hp,sektor,penghasilan";

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 5000) + 1);

    private TestData() {
    }

    /** A fresh valid NIK of a woman born on the given day. */
    public static String nik(LocalDate birth) {
        int serial = SERIAL.getAndIncrement() % 9999 + 1;
        return "357801" + String.format("%02d%02d%02d", birth.getDayOfMonth() + 40, birth.getMonthValue(),
                birth.getYear() % 100) + String.format("%04d", serial);
    }

    public static String nik() {
        return nik(LocalDate.of(1985, 3, 14));
    }

    /** A CSV row that passes every rule, for the NIK (a woman born 14 March 1985). */
    public static String goodRow(String nik, String sector) {
        return nik + ",,Uji Peserta,Probolinggo,1985-03-14,P,Ibu Uji,Jl. Uji No. 1,1,2,Ketapang,081234567890," + sector + ",";
    }

    public static byte[] csv(List<String> rows) {
        List<String> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        return (String.join("\n", all) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
