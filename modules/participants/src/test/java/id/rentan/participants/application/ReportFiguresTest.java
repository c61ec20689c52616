package id.rentan.participants.application;

import id.rentan.participants.domain.ParticipantFilter.AgeBand;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** R-01 age bands of the coverage figures and R-06's time from proposal to ACTIVE. */
class ReportFiguresTest {

    @Test
    void ageBandsAreTheRegistrysBands() {
        assertEquals(AgeBand.UNDER_25, CoverageFiguresService.band(18));
        assertEquals(AgeBand.UNDER_25, CoverageFiguresService.band(24));
        assertEquals(AgeBand.FROM_25_TO_34, CoverageFiguresService.band(25));
        assertEquals(AgeBand.FROM_55_TO_64, CoverageFiguresService.band(64));
        assertEquals(AgeBand.FROM_65, CoverageFiguresService.band(65), "E-03: enrolled in time, stays after 65");
        assertEquals(AgeBand.FROM_65, CoverageFiguresService.band(90));
    }

    @Test
    void averageAndMedianDaysAreWeightedByCount() {
        // {days, participants}
        List<long[]> days = List.of(new long[]{30, 3}, new long[]{10, 1}, new long[]{90, 1});
        assertEquals(38.0, ProposalStatisticsService.average(days));
        assertEquals(30, ProposalStatisticsService.median(days));
        assertEquals(10, ProposalStatisticsService.median(List.of(new long[]{10, 1}, new long[]{20, 1})),
                "the lower middle of an even count");
        assertNull(ProposalStatisticsService.average(List.of()));
        assertNull(ProposalStatisticsService.median(List.of()));
    }
}
