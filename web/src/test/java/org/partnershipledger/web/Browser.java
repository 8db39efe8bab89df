package org.partnershipledger.web;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Debian's headless Chromium driven through its chromedriver, as a person would use the pages. Every page it
 * loads must pass {@link PageChecks} at 1366 px and 390 px wide, in the browser's language and, where the page
 * can be loaded again by its address, in the other language too. Screenshots go to {@code target/screenshots}
 * for a person to look at, each at both widths. Without Chromium the browser tests are skipped on a
 * developer's machine, but fail where {@code LEDGER_BROWSER_TESTS=required} (CI installs Chromium).
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String LANGUAGE_COOKIE = "ledger-language";
    // The kinds of page already checked in the other language, by address with its ids left out: a kind is
    // translated by its template, so checking it again in another state costs minutes and finds nothing new.
    private static final Set<String> OTHER_LANGUAGE_CHECKED = ConcurrentHashMap.newKeySet();
    private final ChromeDriver driver;
    private final int port;
    private final Path profile;

    private Browser(ChromeDriver driver, int port, Path profile) {
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
                "--window-size=1366,900",
                "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, port, profile);
    }

    WebDriver driver() {
        return driver;
    }

    Browser go(String path) {
        driver.get("http://localhost:" + port + path);
        return checked(true);
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
        boolean posts = Boolean.TRUE.equals(driver.executeScript(
                "const button = arguments[0]; if (!button.form) return false;"
                        + " return (button.getAttribute('formmethod') || button.form.getAttribute('method') || 'get')"
                        + ".toLowerCase() === 'post';",
                button));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(loaded -> Boolean.TRUE.equals(((JavascriptExecutor) loaded)
                        .executeScript("return window.ledgerPageBeforeSubmit === undefined"
                                + " && document.readyState === 'complete';")));
        // A page answered straight to a form sent by POST (one the server refused) has no address to load again;
        // one reached by the redirect after a POST has.
        boolean redirected = Boolean.TRUE.equals(
                driver.executeScript("return performance.getEntriesByType('navigation')[0].redirectCount > 0;"));
        return checked(!posts || redirected);
    }

    /**
     * Fails unless the page now shown passes {@link PageChecks}; if it can be loaded again by its address, the
     * same page in the other language (in a tab of its own, so this page and its notices stay as they are) must
     * pass too, the first time a page of its kind is shown.
     */
    private Browser checked(boolean loadsAgain) {
        List<String> problems = new ArrayList<>();
        String language = (String) driver.executeScript("return document.documentElement.lang;");
        String address = driver.getCurrentUrl();
        PageChecks.problems(driver).forEach(problem -> problems.add(language + ", " + problem));
        if (loadsAgain && OTHER_LANGUAGE_CHECKED.add(kindOf(address))) {
            String other = "da".equals(language) ? "en" : "da";
            Cookie chosen = driver.manage().getCookieNamed(LANGUAGE_COOKIE);
            String page = driver.getWindowHandle();
            driver.switchTo().newWindow(WindowType.TAB);
            try {
                driver.get(UriComponentsBuilder.fromUriString(address)
                        .replaceQueryParam("lang", other)
                        .build()
                        .toUriString());
                PageChecks.problems(driver).forEach(problem -> problems.add(other + ", " + problem));
            } finally {
                driver.close();
                driver.switchTo().window(page);
                // The switch remembers the other language in a cookie; this browser keeps the one it had.
                if (chosen == null) {
                    driver.manage().deleteCookieNamed(LANGUAGE_COOKIE);
                } else {
                    driver.manage().addCookie(chosen);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(address + " fails its checks:\n  " + String.join("\n  ", problems));
        }
        return this;
    }

    /** The page's address without its query and with every segment that holds a digit (an id) left out. */
    private static String kindOf(String address) {
        String path = UriComponentsBuilder.fromUriString(address).build().getPath();
        return path == null ? "/" : path.replaceAll("[^/]*[0-9][^/]*", "*");
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

    /**
     * Saves the whole page as it looks now, beyond the window, as {@code target/screenshots/<name>.png}, and as
     * on a phone 390 px wide beside it as {@code <name>-390.png}.
     */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path saved = capture(SCREENSHOTS.resolve(name + ".png"));
        PageChecks.asPhone(driver);
        try {
            capture(SCREENSHOTS.resolve(name + "-" + PageChecks.PHONE_WIDTH + ".png"));
        } finally {
            PageChecks.asLaptop(driver);
        }
        return saved;
    }

    private Path capture(Path saved) throws IOException {
        ChromeDriver chrome = driver;
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
