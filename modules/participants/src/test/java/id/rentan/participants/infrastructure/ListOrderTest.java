package id.rentan.participants.infrastructure;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.domain.ParticipantFilter;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.DataScope;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The registry lists' order follows an index whose leading columns are the list's equality filters (V2 migration,
 * ADR 0013): the OPD, then the status or else the kelurahan, then the id, all in one direction.
 */
class ListOrderTest {

    private static final PageRequest FIRST = PageRequest.of(0, 25);
    private static final DataScope DKUPP = DataScope.opd("DKUPP");

    private static ParticipantFilter filter(String nik, String name, ParticipantStatus status, String opd,
                                            String kelurahan) {
        return new ParticipantFilter(nik, name, status, null, opd, null, kelurahan, null, null, null, null);
    }

    @Test
    void anOpdsListIsReadAlongItsOpdIndexNewestFirst() {
        assertEquals("p.opdCode desc, p.id desc",
                JpaParticipantRepository.orderBy(ParticipantFilter.none(), DKUPP, FIRST));
    }

    @Test
    void theLeadDepartmentsListIsReadAlongTheIdNewestFirst() {
        assertEquals("p.id desc", JpaParticipantRepository.orderBy(ParticipantFilter.none(), DataScope.all(), FIRST));
    }

    @Test
    void aChosenOpdCountsLikeAScope() {
        assertEquals("p.opdCode desc, p.id desc",
                JpaParticipantRepository.orderBy(filter(null, null, null, "PERIKANAN", null), DataScope.all(), FIRST));
    }

    @Test
    void anOpdsRegionLeadsThenTheStatus() {
        assertEquals("p.opdCode desc, p.kecamatanCode desc, p.id desc", JpaParticipantRepository.orderBy(
                filter(null, null, ParticipantStatus.ACTIVE, null, "35.74.01.1001"), DKUPP, FIRST),
                "the kelurahan's kecamatan, implied");
        assertEquals("p.opdCode desc, p.kecamatanCode desc, p.id desc", JpaParticipantRepository.orderBy(
                filter(null, null, null, null, "35.74.01.1001"), DKUPP, FIRST));
        assertEquals("p.opdCode desc, p.status desc, p.id desc", JpaParticipantRepository.orderBy(
                filter(null, null, ParticipantStatus.CANDIDATE, null, null), DKUPP, FIRST));
        assertEquals("p.status desc, p.id desc", JpaParticipantRepository.orderBy(
                filter(null, null, ParticipantStatus.CANDIDATE, null, null), DataScope.all(), FIRST));
    }

    @Test
    void theKecamatanOfAKelurahanIsImplied() {
        assertEquals("35.74.03", JpaParticipantRepository.kecamatanOf(filter(null, null, null, null, "35.74.03.1007")));
        assertEquals(null, JpaParticipantRepository.kecamatanOf(filter(null, null, null, null, "Sukabumi")));
    }

    @Test
    void withoutAnOpdTheKelurahanHasNoIndexOfItsOwn() {
        assertEquals("p.id desc", JpaParticipantRepository.orderBy(
                filter(null, null, null, null, "35.74.01.1001"), DataScope.all(), FIRST));
    }

    @Test
    void aSearchByNameOrNikListsInThatOrder() {
        assertEquals("p.fullName asc, p.id asc",
                JpaParticipantRepository.orderBy(filter(null, "siti", null, null, null), DKUPP, FIRST));
        assertEquals("p.nik asc, p.id asc",
                JpaParticipantRepository.orderBy(filter("357403", null, null, null, null), DKUPP, FIRST));
        // a whole NIK finds one or two rows: newest first as usual
        assertEquals("p.opdCode desc, p.id desc",
                JpaParticipantRepository.orderBy(filter("3574031207850001", null, null, null, null), DKUPP, FIRST));
    }

    @Test
    void aColumnTheUserSortsByKeepsTheIdInTheSameDirection() {
        assertEquals("p.fullName asc, p.id asc", JpaParticipantRepository.orderBy(ParticipantFilter.none(), DKUPP,
                PageRequest.ofOffset(0, 25, "fullName", true)));
        assertEquals("p.fullName desc, p.id desc", JpaParticipantRepository.orderBy(ParticipantFilter.none(), DKUPP,
                PageRequest.ofOffset(0, 25, "fullName", false)));
        assertEquals("p.id desc", JpaParticipantRepository.orderBy(ParticipantFilter.none(), DataScope.all(),
                PageRequest.ofOffset(0, 25, "unknownColumn", false)));
    }
}
