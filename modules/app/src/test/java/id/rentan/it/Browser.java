package id.rentan.it;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;

/**
 * Headless Debian Chromium driven by Selenium, with the flags this machine needs (no outbound traffic, root, no
 * GPU), plus the steps every journey uses: open a page, log in, read the menu, log out.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final URL base;
    private final Path profile;

    private Browser(WebDriver driver, URL base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    public static Browser open(URL base) {
        String chromedriver = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        if (!new File(chromedriver).canExecute()) {
            throw new IllegalStateException(chromedriver + " is missing: install chromium and chromium-driver "
                    + "(server-config/ensure-browser.sh does it)");
        }
        try {
            Path profile = Files.createTempDirectory("rentan-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(new File("/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-sync", "--disable-quic", "--window-size=1366,900", "--lang=id",
                    "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, base, profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        // the adapter sometimes gives the address without the context root's slash (http://host:port)
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        driver.get(root + (path.startsWith("/") ? path.substring(1) : path));
        return this;
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public WebElement find(String css) {
        return wait(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public boolean exists(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public String text(String css) {
        return find(css).getText().trim();
    }

    public void type(String css, String value) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(value);
    }

    public void click(String css) {
        wait(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** Logs in through the login page and waits for the home page. */
    public Browser login(String username, String password) {
        go("login.xhtml");
        type("#login\\:username", username);
        type("#login\\:password", password);
        click("#login\\:submit");
        wait(20).until(d -> !path().endsWith("/login.xhtml") || exists("#messages .ui-messages-error"));
        return this;
    }

    public void logout() {
        click("#userbar\\:logout");
        wait(20).until(d -> path().endsWith("/login.xhtml"));
    }

    /** The ids of the menu links on the current page. */
    public Set<String> menuIds() {
        return driver.findElements(By.cssSelector("#menu a")).stream()
                .map(a -> a.getAttribute("id"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Console messages of the browser that report a Content-Security-Policy violation or a script error. */
    public List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
    }

    /**
     * Waits for a condition; an element replaced by an ajax update or a page load while it is read (stale) counts as
     * "not yet", as a missing one does.
     */
    public WebDriverWait wait(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Chooses an item of a PrimeFaces select-one menu by the start of its label. The list opens and closes with an
     * animation: a click while it is still opening can be lost, and until it has closed it covers what lies below,
     * so each step waits for the list and the choice is tried again if the list stays open.
     */
    public void selectOne(String id, String labelPrefix) {
        String menu = "#" + id.replace(":", "\\:");
        for (int attempt = 0; attempt < 3; attempt++) {
            if (!find(menu + "_panel").isDisplayed()) {
                click(menu);
            }
            // an item clicked before the opening animation ends throws in PrimeFaces (the value to revert to is
            // remembered only then) and the click is lost: wait for the end of the animation
            wait(10).until(d -> find(menu + "_panel").isDisplayed() && opened(find(menu + "_panel")));
            click(menu + "_items li[data-label^='" + labelPrefix + "']");
            try {
                wait(5).until(d -> !find(menu + "_panel").isDisplayed());
                return;
            } catch (TimeoutException stillOpen) {
                // the click landed during the opening animation: choose again
            }
        }
        throw new IllegalStateException("Could not choose '" + labelPrefix + "' in " + id);
    }

    /** Whether a PrimeFaces overlay panel has finished its opening animation (or has none). */
    private static boolean opened(WebElement panel) {
        List<String> classes = List.of(panel.getAttribute("class").split("\\s+"));
        return !classes.contains("ui-connected-overlay-enter") && !classes.contains("ui-connected-overlay-enter-active");
    }

    /** Saves a screenshot under target/screenshots for the record (and to look at a failure). */
    public void screenshot(String name) {
        String dir = System.getProperty("rentan.screenshots");
        if (dir == null) {
            return;
        }
        try {
            Path target = Path.of(dir, name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // a missing screenshot never fails a test
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // temporary profile; the OS cleans up eventually
            }
        }
    }
}
