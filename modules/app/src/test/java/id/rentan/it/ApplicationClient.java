package id.rentan.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * The base of the tests that use the application from outside, as a browser or an API client would: the WAR as
 * shipped, deployed to Payara Micro, and its address.
 */
@ExtendWith(ArquillianExtension.class)
abstract class ApplicationClient {

    /** The password of every demo account. */
    static final String PASSWORD = "Demo#2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;
}
