package id.rentan.it;

import org.junit.jupiter.api.AfterAll;

/**
 * The base of the browser journeys: one headless Chromium per test class, opened at the first use (the
 * application's address is only known then) and closed after the last test.
 */
abstract class BrowserJourney extends ApplicationClient {

    private static Browser browser;

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    Browser browser() {
        if (browser == null) {
            browser = Browser.open(base);
        }
        return browser;
    }
}
