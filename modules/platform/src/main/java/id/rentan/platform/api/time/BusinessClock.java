package id.rentan.platform.api.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The programme's notion of "now" and "today", in the city's time zone (default Asia/Jakarta, WIB). Inject this
 * rather than calling {@code LocalDate.now()}, so that dates never depend on the server's time zone and tests can
 * fix the date.
 */
public interface BusinessClock {

    Clock clock();

    default ZoneId zone() {
        return clock().getZone();
    }

    default LocalDate today() {
        return LocalDate.now(clock());
    }

    default LocalDateTime now() {
        return LocalDateTime.now(clock());
    }

    default ZonedDateTime zonedNow() {
        return ZonedDateTime.now(clock());
    }
}
