package id.rentan.platform.api.module;

import java.time.LocalDate;

/**
 * Fired once at start-up when the application runs with the demo profile, after every schema is migrated and the
 * demo accounts exist. Each module observes it to add its own demo data, and must skip what is already there (a
 * second run keeps the data). Never fired in production.
 *
 * @param today the business date of the start-up
 */
public record DemoDataRequested(LocalDate today) {
}
