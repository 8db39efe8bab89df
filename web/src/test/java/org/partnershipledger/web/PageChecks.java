package org.partnershipledger.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every page a browser test visits must pass, at a laptop's width and a phone's: no serious or critical
 * violation found by axe-core, and on the phone nothing that matters cut off or scrolling sideways (a table
 * must fit the screen; only a figure in its own focusable scroll region may be wider).
 */
final class PageChecks {

    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;

    // axe-core as shipped in Deque's Selenium jar (a test dependency), so no test reaches the network.
    private static final String AXE = script("/axe.min.js");

    // Without preloading: axe-core would fetch the style sheets a sheet @imports by addresses resolved against
    // the page instead of the sheet, and the sign-in would then send the person on to that address.
    private static final String RUN_AXE =
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'], preload: false })
              .then(results => done(results.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                  + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '))))
              .catch(error => done(['axe-core failed: ' + error]));
            """;

    // The outermost elements that reach past the screen's right edge, unless an ancestor within the screen clips
    // them or they lie in a scroll region without a table (a figure may scroll; a table must become rows that
    // fit). If the page scrolls sideways all the same, the text that overflows its box is named.
    private static final String WIDE =
            """
            const root = document.documentElement;
            const width = root.clientWidth;
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
              + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            const overflow = e => getComputedStyle(e).overflowX;
            const found = [];
            for (const e of document.body.querySelectorAll('*')) {
              const box = e.getBoundingClientRect();
              if (box.width === 0 || box.right <= width + 1) continue;
              let shown = true;
              for (let parent = e.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
                const inside = parent.getBoundingClientRect().right <= width + 1;
                if (!inside
                    || (['hidden', 'clip'].includes(overflow(parent)))
                    || (['auto', 'scroll'].includes(overflow(parent)) && !parent.querySelector('table'))) {
                  shown = false;
                  break;
                }
              }
              if (shown) found.push(name(e) + ' reaches ' + Math.round(box.right) + ' px on a ' + width + ' px screen');
            }
            if (root.scrollWidth > width + 1) {
              const spilling = [...document.body.querySelectorAll('*')]
                .filter(e => e.scrollWidth > e.clientWidth + 1 && overflow(e) === 'visible' && e.clientWidth > 0)
                .map(name).slice(-3);
              found.push('the page scrolls sideways: it is ' + root.scrollWidth + ' px wide'
                + (spilling.length ? ' (text spills out of ' + spilling.join(', ') + ')' : ''));
            }
            return found;
            """;

    private PageChecks() {}

    /** What is wrong with the page the driver shows now, at a laptop's width and then at a phone's. */
    static List<String> problems(ChromeDriver driver) {
        List<String> problems = new ArrayList<>();
        for (String violation : axe(driver)) {
            problems.add("at " + width(driver) + " px: " + violation);
        }
        asPhone(driver);
        try {
            for (String violation : axe(driver)) {
                problems.add("at " + PHONE_WIDTH + " px: " + violation);
            }
            for (String wide : wide(driver)) {
                problems.add("at " + PHONE_WIDTH + " px: " + wide);
            }
        } finally {
            asLaptop(driver);
        }
        return problems;
    }

    /** Lays the page out as on a phone 390 px wide (touch, the page's own viewport), until {@link #asLaptop}. */
    static void asPhone(ChromeDriver driver) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
    }

    static void asLaptop(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static List<String> axe(ChromeDriver driver) {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object';"))) {
            driver.executeScript(AXE);
        }
        return (List<String>) driver.executeAsyncScript(RUN_AXE);
    }

    @SuppressWarnings("unchecked")
    private static List<String> wide(JavascriptExecutor driver) {
        return (List<String>) driver.executeScript(WIDE);
    }

    private static long width(JavascriptExecutor driver) {
        return (Long) driver.executeScript("return document.documentElement.clientWidth;");
    }

    private static String script(String resource) {
        try (InputStream in = PageChecks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: the axe-core test dependency is not there");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
