package id.rentan.platform.infrastructure.time;

import id.rentan.platform.api.time.BusinessClock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The clock of the city: {@code rentan.timezone} (default Asia/Jakarta). {@code rentan.clock.fixed}
 * ({@code yyyy-MM-ddTHH:mm}) freezes it, for demonstrations and tests only.
 */
@ApplicationScoped
public class SystemBusinessClock implements BusinessClock {

    private static final Logger LOG = Logger.getLogger(SystemBusinessClock.class.getName());

    @Inject
    @ConfigProperty(name = "rentan.timezone", defaultValue = "Asia/Jakarta")
    String timezone;

    @Inject
    @ConfigProperty(name = "rentan.clock.fixed")
    Optional<String> fixed;

    private Clock clock;

    @PostConstruct
    void init() {
        ZoneId zone = ZoneId.of(timezone);
        if (fixed.isPresent() && !fixed.get().isBlank()) {
            LocalDateTime at = LocalDateTime.parse(fixed.get().trim());
            clock = Clock.fixed(at.atZone(zone).toInstant(), zone);
            LOG.warning(() -> "The business clock is FIXED at " + at + " (rentan.clock.fixed); never do this in production");
        } else {
            clock = Clock.system(zone);
        }
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
