package org.partnershipledger.web;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, as a person would use the pages. Screenshots
 * go to {@code target/screenshots} for a person to look at. Without Chromium the browser tests are skipped
 * on a developer's machine, but fail where {@code LEDGER_BROWSER_TESTS=required} (CI installs Chromium).
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final WebDriver driver;
    private final int port;
    private final Path profile;

    private Browser(WebDriver driver, int port, Path profile) {
        this.driver = driver;
        this.port = port;
        this.profile = profile;
    }

    /** A browser whose person prefers the given language (e.g. "da"). */
    static Browser open(int port, String language) throws IOException {
        File chromium = new File(System.getenv().getOrDefault("LEDGER_CHROMIUM", "/usr/bin/chromium"));
        File chromedriver = new File(System.getenv().getOrDefault("LEDGER_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            String missing = "Browser tests need " + chromium + " and " + chromedriver
                    + " (Debian: apt-get install chromium chromium-driver)";
            if ("required".equals(System.getenv("LEDGER_BROWSER_TESTS"))) {
                throw new IllegalStateException(missing);
            }
            abort(missing);
        }
        Path profile = Files.createTempDirectory("ledger-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // The machine's network is closed: no background connections, no updates, no sync.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new Browser(driver, port, profile);
    }

    WebDriver driver() {
        return driver;
    }

    Browser go(String path) {
        driver.get("http://localhost:" + port + path);
        return this;
    }

    Browser signIn(String username, String password) {
        go("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        return submit(By.cssSelector("form[action$='/login'] button[type=submit]"));
    }

    /** Clicks a button or link that loads a new page, and waits until the new page is there. */
    Browser submit(By button) {
        return submit(driver.findElement(button));
    }

    /** Clicks the given button or link that loads a new page, and waits until the new page is there. */
    Browser submit(WebElement button) {
        // A mark on the old page's window: gone once the browser has loaded the next page. (Waiting for the
        // old <html> to go stale can throw when Chromium swaps documents mid-check.)
        ((JavascriptExecutor) driver).executeScript("window.ledgerPageBeforeSubmit = true;");
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(loaded -> Boolean.TRUE.equals(((JavascriptExecutor) loaded)
                        .executeScript("return window.ledgerPageBeforeSubmit === undefined"
                                + " && document.readyState === 'complete';")));
        return this;
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    Browser type(By field, String text) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    String path() {
        return driver.getCurrentUrl().replace("http://localhost:" + port, "");
    }

    /** Saves the whole page as it looks now, beyond the window, as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        ChromeDriver chrome = (ChromeDriver) driver;
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>)
                chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        Map<String, Object> clip = Map.of(
                "x", 0,
                "y", 0,
                "width", ((Number) size.get("width")).doubleValue(),
                "height", ((Number) size.get("height")).doubleValue(),
                "scale", 1);
        String png = (String) chrome.executeCdpCommand(
                        "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip))
                .get("data");
        Path saved = SCREENSHOTS.resolve(name + ".png");
        Files.write(saved, Base64.getDecoder().decode(png));
        return saved;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
