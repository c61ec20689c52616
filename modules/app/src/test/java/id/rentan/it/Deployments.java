package id.rentan.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment builder of every integration test: the WAR exactly as {@code mvn package} built it (failsafe
 * passes its path as {@code rentan.war}), plus, for tests that run inside the server, the test classes.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The application as shipped, for tests that drive it from outside (browser, REST). */
    public static WebArchive application() {
        String path = System.getProperty("rentan.war");
        if (path == null) {
            throw new IllegalStateException("System property rentan.war is not set (run the ITs with mvn verify)");
        }
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("The WAR " + war + " does not exist; build it with mvn package first");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The application plus the given test classes and the test support that runs inside the server (a caller the
     * test can choose, see {@link TestCaller}).
     */
    public static WebArchive withTests(Class<?>... testClasses) {
        try {
            return withTests0(testClasses);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static WebArchive withTests0(Class<?>... testClasses) throws java.io.IOException {
        WebArchive war = application()
                .addClasses(testClasses)
                .addClasses(TestCaller.class, Deployments.class, Callers.class, Enrolments.class, TestData.class);
        // Arquillian's own servlet runs the tests inside the server: it must be reachable without a login.
        String webXml = new String(war.get("WEB-INF/web.xml").getAsset().openStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new org.jboss.shrinkwrap.api.asset.StringAsset(webXml.replace("<deny-uncovered-http-methods/>", """
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>Arquillian test runner (test deployments only)</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        <url-pattern>/ArquillianServletRunner</url-pattern>
                    </web-resource-collection>
                </security-constraint>
                <deny-uncovered-http-methods/>""")));
        return war;
    }
}
