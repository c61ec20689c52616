package id.rentan.platform.web;

import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.application.StartupTasks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the layout shows around every page: the city, the user and role (and OPD), the demo banner. */
@Named
@RequestScoped
public class LayoutBacking {

    @Inject
    CallerContext callers;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    StartupTasks startup;

    @Inject
    @ConfigProperty(name = "rentan.city.name", defaultValue = "Pemerintah Kota Probolinggo")
    String cityName;

    public String getCityName() {
        return cityName;
    }

    public Caller getCaller() {
        return callers.caller();
    }

    public String getRoleName() {
        return callers.caller().roles().stream().findFirst().map(Enum::name).orElse("");
    }

    public String getOpdName() {
        return callers.caller().opd().flatMap(organisations::opd).map(o -> o.name()).orElse(null);
    }

    public boolean isDemo() {
        return startup.isDemo();
    }
}
