package id.rentan.platform.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the JVM has some memory headroom ({@code /health/live}). */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        long max = runtime.maxMemory();
        boolean ok = used < max * 0.98;
        return HealthCheckResponse.named("memory")
                .status(ok)
                .withData("usedMb", used / (1024 * 1024))
                .withData("maxMb", max / (1024 * 1024))
                .build();
    }
}
