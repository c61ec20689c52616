package id.rentan.it;

import id.rentan.platform.api.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** Inside the server: runs work as a chosen caller in a request context of its own (for work on other threads). */
@ApplicationScoped
public class AsCaller {

    @Inject
    TestCaller testCaller;

    @ActivateRequestContext
    public <T> T call(Caller caller, Supplier<T> work) {
        testCaller.actAs(caller);
        return work.get();
    }
}
