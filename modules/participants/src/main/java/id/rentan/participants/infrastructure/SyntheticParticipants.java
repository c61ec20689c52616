package id.rentan.participants.infrastructure;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Realistic synthetic participants for demonstrations and benchmarks: valid NIKs (province 35, mostly first issued in
 * the city's five kecamatan, women's birth day + 40, unique serials), the city's 29 kelurahan, Indonesian names, ages
 * 18 to 64, and the 2025 sector split of the seeds (1,925 nelayan, 4,098 petani, 5,000 UMKM) with each sector's OPD.
 * Deterministic for a seed. Plain Java: also runs from the command line to write an import file:
 *
 * <pre>
 * mvn -q -pl modules/participants exec:java \
 *     -Dexec.mainClass=id.rentan.participants.infrastructure.SyntheticParticipants \
 *     -Dexec.args="--rows 100000 --out target/participants-100k.csv"
 * </pre>
 */
public final class SyntheticParticipants {

    /** The import template's columns. */
    public static final List<String> COLUMNS = List.of("nik", "no_kk", "nama", "tempat_lahir", "tanggal_lahir",
            "jenis_kelamin", "nama_ibu_kandung", "alamat", "rt", "rw", "kode_kelurahan", "no_hp", "sektor", "penghasilan");

    /** Kota Probolinggo's kelurahan (regions-probolinggo.csv), code and name. */
    static final String[][] KELURAHAN = {
            {"35.74.01.1001", "Ketapang"}, {"35.74.01.1002", "Triwung Lor"}, {"35.74.01.1003", "Triwung Kidul"},
            {"35.74.01.1007", "Pohsangit Kidul"}, {"35.74.01.1008", "Kademangan"}, {"35.74.01.1009", "Pilang"},
            {"35.74.02.1001", "Jrebeng Kidul"}, {"35.74.02.1002", "Pakistaji"}, {"35.74.02.1003", "Kedunggaleng"},
            {"35.74.02.1005", "Kedung Asem"}, {"35.74.02.1006", "Sumber Taman"}, {"35.74.02.1007", "Wonoasih"},
            {"35.74.03.1001", "Mayangan"}, {"35.74.03.1002", "Mangunharjo"}, {"35.74.03.1004", "Jati"},
            {"35.74.03.1007", "Sukabumi"}, {"35.74.03.1010", "Wiroborang"}, {"35.74.04.1001", "Tisnonegaran"},
            {"35.74.04.1002", "Sukoharjo"}, {"35.74.04.1003", "Kanigaran"}, {"35.74.04.1004", "Kebonsari Wetan"},
            {"35.74.04.1005", "Curahgrinting"}, {"35.74.04.1006", "Kebonsari Kulon"}, {"35.74.05.1001", "Jrebeng Kulon"},
            {"35.74.05.1002", "Kareng Lor"}, {"35.74.05.1003", "Sumber Wetan"}, {"35.74.05.1004", "Jrebeng Lor"},
            {"35.74.05.1005", "Kedopok"}, {"35.74.05.1006", "Jrebeng Wetan"}};

    private static final String[] MEN = {"Ahmad", "Muhammad", "Abdul", "Agus", "Budi", "Slamet", "Hasan", "Imam",
            "Joko", "Rudi", "Suparman", "Sutrisno", "Wahyu", "Bambang", "Eko", "Hendra", "Dedi", "Yusuf", "Ilham",
            "Arif", "Fajar", "Rizky", "Samsul", "Nur", "Misnadi", "Sugeng", "Herman", "Taufik", "Hadi", "Anwar"};
    private static final String[] WOMEN = {"Siti", "Nur", "Sri", "Dewi", "Lilik", "Aminah", "Fatimah", "Rina", "Yuli",
            "Ani", "Endang", "Lestari", "Sulastri", "Wati", "Rahayu", "Hartini", "Umi", "Ida", "Nurul", "Dian", "Ratna",
            "Sumiati", "Khotimah", "Mariyam", "Zainab", "Halimah", "Suliha", "Rohma", "Winarti", "Puji"};
    private static final String[] FAMILY = {"Santoso", "Hidayat", "Wibowo", "Saputra", "Kurniawan", "Pratama",
            "Setiawan", "Susanto", "Rahman", "Hakim", "Maulana", "Firmansyah", "Nugroho", "Purnomo", "Sholeh",
            "Hasanah", "Rohmah", "Aisyah", "Sa'diyah", "Mustofa", "Efendi", "Syamsuddin", "Ma'ruf", "Zainuddin",
            "Asmara", "Lestari", "Wahyuni", "Handayani", "Safitri", "Maharani"};
    private static final String[] STREETS = {"Jl. Mastrip", "Jl. Suroyo", "Jl. Panglima Sudirman", "Jl. KH. Hasyim Asyari",
            "Jl. Brantas", "Jl. Mayjend Panjaitan", "Jl. Soekarno Hatta", "Jl. Ketapang", "Jl. Cokroaminoto",
            "Jl. Anggrek", "Jl. Mawar", "Jl. Pelabuhan", "Jl. Tanjung Tembaga", "Jl. Lumbang", "Jl. Bromo"};
    private static final String[] PLACES = {"Probolinggo", "Probolinggo", "Probolinggo", "Probolinggo", "Pasuruan",
            "Lumajang", "Jember", "Situbondo", "Surabaya", "Malang", "Bondowoso"};

    /** A generated participant. */
    public record Row(String nik, String kk, String fullName, String birthPlace, LocalDate birthDate, String gender,
                      String motherName, String address, String rt, String rw, String kelurahanCode,
                      String kecamatanCode, String phone, String sector, String opd, long income) {

        public List<String> cells() {
            return List.of(nik, kk, fullName, birthPlace, birthDate.toString(), gender, motherName, address, rt, rw,
                    kelurahanCode, phone, sector, Long.toString(income));
        }
    }

    private final Random random;
    private final LocalDate today;
    private final Set<String> niks = new HashSet<>();

    public SyntheticParticipants(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    /** Keeps these NIKs out of the generated ones (those already in a registry). */
    public void reserve(java.util.Collection<String> taken) {
        niks.addAll(taken);
    }

    /** The sector of the i-th of n participants, in the 2025 split of the seeds (1,925 / 4,098 / 5,000 of 11,023). */
    static String sectorOf(int i, int n) {
        double share = (double) i / n;
        return share < 1925.0 / 11023 ? "NELAYAN" : share < (1925.0 + 4098) / 11023 ? "PETANI" : "UMKM";
    }

    static String opdOf(String sector, String kecamatanCode) {
        return switch (sector) {
            case "NELAYAN" -> "PERIKANAN";
            case "PETANI" -> "PERTANIAN";
            case "UMKM" -> "DKUPP";
            default -> switch (kecamatanCode) {
                case "35.74.01" -> "KEC_KADEMANGAN";
                case "35.74.02" -> "KEC_WONOASIH";
                case "35.74.03" -> "KEC_MAYANGAN";
                case "35.74.04" -> "KEC_KANIGARAN";
                default -> "KEC_KEDOPOK";
            };
        };
    }

    /** The next participant, the i-th of n (for the sector split). */
    public Row next(int i, int n) {
        return next(sectorOf(i, n));
    }

    public Row next(String sector) {
        boolean woman = random.nextInt(100) < ("UMKM".equals(sector) ? 55 : 20);
        LocalDate birth = today.minusYears(18 + random.nextInt(47)).minusDays(random.nextInt(365));
        String[] kel = KELURAHAN[random.nextInt(KELURAHAN.length)];
        String kecamatan = kel[0].substring(0, 8);
        // NIKs are mostly first issued where people live; some elsewhere in Jawa Timur (the NIK is not domicile)
        String nikRegion = random.nextInt(100) < 85 ? kecamatan.replace(".", "")
                : "3513" + String.format("%02d", 1 + random.nextInt(24));
        String nik;
        do {
            int day = birth.getDayOfMonth() + (woman ? 40 : 0);
            nik = nikRegion + String.format("%02d%02d%02d", day, birth.getMonthValue(), birth.getYear() % 100)
                    + String.format("%04d", 1 + random.nextInt(9999));
        } while (!niks.add(nik));
        String first = woman ? pick(WOMEN) : pick(MEN);
        String name = (first + " " + pick(FAMILY)).toUpperCase(Locale.ROOT);
        String mother = (pick(WOMEN) + " " + pick(FAMILY)).toUpperCase(Locale.ROOT);
        String kk = kecamatan.replace(".", "") + String.format("%02d%02d%02d", 1 + random.nextInt(28),
                1 + random.nextInt(12), random.nextInt(100)) + String.format("%04d", random.nextInt(10000));
        String phone = random.nextInt(100) < 80 ? "08" + (1 + random.nextInt(9)) + String.format("%09d", random.nextInt(1_000_000_000)) : "";
        long income = random.nextInt(100) < 85 ? 1_000_000 : 1_000_000 + 250_000L * (1 + random.nextInt(6));
        return new Row(nik, kk, name, pick(PLACES).toUpperCase(Locale.ROOT), birth, woman ? "P" : "L", mother,
                pick(STREETS) + " No. " + (1 + random.nextInt(120)), String.format("%03d", 1 + random.nextInt(12)),
                String.format("%03d", 1 + random.nextInt(8)), kel[0], kecamatan, phone, sector,
                opdOf(sector, kecamatan), income);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Writes n participants as an import file (CSV with the template's header). */
    public static void writeCsv(Path file, int n, long seed, LocalDate today) {
        SyntheticParticipants generator = new SyntheticParticipants(seed, today);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(String.join(",", COLUMNS));
                out.write("\n");
                for (int i = 0; i < n; i++) {
                    List<String> cells = generator.next(i, n).cells();
                    List<String> quoted = new ArrayList<>(cells.size());
                    for (String c : cells) {
                        quoted.add(c.contains(",") || c.contains("\"") ? '"' + c.replace("\"", "\"\"") + '"' : c);
                    }
                    out.write(String.join(",", quoted));
                    out.write("\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code --rows N --out FILE [--seed S]}: writes an import file of N synthetic participants. */
    public static void main(String[] args) {
        int rows = 1000;
        Path out = Path.of("participants.csv");
        long seed = 2026;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long started = System.nanoTime();
        writeCsv(out, rows, seed, LocalDate.now());
        System.out.printf("Wrote %,d synthetic participants to %s in %d ms%n", rows, out.toAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
