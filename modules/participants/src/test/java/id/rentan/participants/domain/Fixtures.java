package id.rentan.participants.domain;

import id.rentan.platform.api.param.Parameters;
import id.rentan.platform.api.reference.OpdInfo;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.reference.SectorInfo;
import id.rentan.platform.api.region.KecamatanInfo;
import id.rentan.platform.api.region.KelurahanCode;
import id.rentan.platform.api.region.KelurahanInfo;
import id.rentan.platform.api.region.RegionDirectory;
import id.rentan.platform.api.region.RegionNames;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** In-memory reference data and parameters with the defaults of business-rules.md, for rule tests. */
final class Fixtures {

    static final List<KecamatanInfo> KECAMATAN = List.of(new KecamatanInfo("35.74.01", "Kademangan"),
            new KecamatanInfo("35.74.02", "Wonoasih"), new KecamatanInfo("35.74.03", "Mayangan"),
            new KecamatanInfo("35.74.04", "Kanigaran"), new KecamatanInfo("35.74.05", "Kedopok"));

    static final List<KelurahanInfo> KELURAHAN = List.of(
            new KelurahanInfo("35.74.01.1001", "Ketapang", "35.74.01", "Kademangan"),
            new KelurahanInfo("35.74.02.1005", "Kedung Asem", "35.74.02", "Wonoasih"),
            new KelurahanInfo("35.74.02.1006", "Sumber Taman", "35.74.02", "Wonoasih"),
            new KelurahanInfo("35.74.04.1005", "Curahgrinting", "35.74.04", "Kanigaran"));

    static final RegionDirectory REGIONS = new RegionDirectory() {
        @Override
        public List<KecamatanInfo> kecamatan() {
            return KECAMATAN;
        }

        @Override
        public List<KelurahanInfo> kelurahan() {
            return KELURAHAN;
        }

        @Override
        public List<KelurahanInfo> kelurahanOf(String kecamatanCode) {
            return KELURAHAN.stream().filter(k -> k.kecamatanCode().equals(kecamatanCode)).toList();
        }

        @Override
        public Optional<KelurahanInfo> byCode(String code) {
            if (!KelurahanCode.looksLikeCode(code)) {
                return Optional.empty();
            }
            String dotted = KelurahanCode.parse(code).value();
            return KELURAHAN.stream().filter(k -> k.code().equals(dotted)).findFirst();
        }

        @Override
        public Optional<KelurahanInfo> resolve(String codeOrName) {
            if (KelurahanCode.looksLikeCode(codeOrName)) {
                return byCode(codeOrName);
            }
            String wanted = RegionNames.normalize(codeOrName);
            return KELURAHAN.stream().filter(k -> RegionNames.normalize(k.name()).equals(wanted)).findFirst();
        }
    };

    static final OrganisationDirectory ORGANISATIONS = new OrganisationDirectory() {
        private final Map<String, OpdInfo> opds = Map.of(
                "DISPERINAKER", new OpdInfo("DISPERINAKER", "Disperinaker", "LEAD", true,
                        Set.of("NELAYAN", "PETANI", "UMKM", "RT_RW")),
                "DKUPP", new OpdInfo("DKUPP", "DKUPP", "SECTORAL", true, Set.of("UMKM")),
                "PERIKANAN", new OpdInfo("PERIKANAN", "Perikanan", "SECTORAL", true, Set.of("NELAYAN")),
                "OLD", new OpdInfo("OLD", "Closed office", "SECTORAL", false, Set.of("UMKM")));
        private final Map<String, SectorInfo> sectors = Map.of(
                "NELAYAN", new SectorInfo("NELAYAN", "Nelayan", "Fishers", true),
                "PETANI", new SectorInfo("PETANI", "Petani", "Farmers", true),
                "UMKM", new SectorInfo("UMKM", "UMKM", "Micro business", true),
                "RT_RW", new SectorInfo("RT_RW", "RT/RW", "RT/RW heads", true),
                "OJEK", new SectorInfo("OJEK", "Ojek", "Motorbike taxi", false));

        @Override
        public List<OpdInfo> opds() {
            return List.copyOf(opds.values());
        }

        @Override
        public Optional<OpdInfo> opd(String code) {
            return Optional.ofNullable(opds.get(code));
        }

        @Override
        public List<SectorInfo> sectors() {
            return List.copyOf(sectors.values());
        }

        @Override
        public Optional<SectorInfo> sector(String code) {
            return Optional.ofNullable(sectors.get(code));
        }
    };

    static final Parameters PARAMETERS = (code, date) -> switch (code) {
        case ENTRY_AGE_MAX_EXCLUSIVE -> new BigDecimal("65");
        case ENTRY_AGE_MIN -> new BigDecimal("15");
        case DEFAULT_REPORTED_INCOME -> new BigDecimal("1000000");
        case PREMIUM_JKK_PERCENT -> BigDecimal.ONE;
        case PREMIUM_JKM_MONTHLY -> new BigDecimal("6800");
        default -> throw new IllegalArgumentException("not needed in these tests: " + code);
    };

    static ParticipantRules rules() {
        return new ParticipantRules(REGIONS, ORGANISATIONS, PARAMETERS);
    }

    /** A valid UMKM proposal by DKUPP: a woman born 1 July 1990, NIK first issued in Kademangan. */
    static ParticipantInput valid() {
        return new ParticipantInput("3574014107900001", "3574010101900001", "Siti  Aminah ", "Probolinggo",
                "1990-07-01", "P", "Fatimah", "Jl. Mastrip No. 12", "3", "2", "35.74.01.1001", "0812-3456-7890",
                "umkm", "");
    }

    static ParticipantInput with(java.util.function.UnaryOperator<ParticipantInput> change) {
        return change.apply(valid());
    }

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private Fixtures() {
    }

}
