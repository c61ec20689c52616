package id.rentan.funding.infrastructure;

import id.rentan.funding.application.ArrearsService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The nightly arrears check (01:30 in the city's time zone). A non-persistent timer of the node: in a cluster, set
 * {@code funding.arrears.job.enabled=false} on every node but one (the check is idempotent, running it twice only
 * costs time). An administrator can run it at any time from the arrears page.
 */
@Singleton
public class ArrearsJob {

    private static final Logger LOG = Logger.getLogger(ArrearsJob.class.getName());

    @Inject
    ArrearsService arrears;

    @Inject
    @ConfigProperty(name = "funding.arrears.job.enabled", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "1", minute = "30", timezone = "Asia/Jakarta", persistent = false, info = "arrears")
    void nightly() {
        if (!enabled) {
            return;
        }
        try {
            arrears.check();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The nightly arrears check failed; it runs again tomorrow or from the arrears page", e);
        }
    }
}
