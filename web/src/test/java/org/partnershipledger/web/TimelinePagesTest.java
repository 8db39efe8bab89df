package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.web.security.Capacity;

/**
 * A facilitator (and a researcher, in Danish) replays a partnership's timeline: formed in August 2003, an
 * agreement signed in December, a meeting, a conflict in February 2004, phases observed, and the
 * municipality's representative replaced in June.
 */
class TimelinePagesTest extends BrowserTest {

    private static final String FACILITATOR = "timeline-facilitator";
    private static final String RESEARCHER = "timeline-researcher";
    private static final LocalDate FORMED = LocalDate.parse("2003-08-15");

    /** The partnership's page path, recorded once for all tests of the class (they share one ledger). */
    private static String partnership;

    @BeforeEach
    void recordTheHistoryOnce() throws Exception {
        if (partnership != null) {
            return;
        }
        users.create(FACILITATOR, TestUsers.PASSWORD, new PersonId("tl-facilitator"), Set.of(Capacity.FACILITATOR));
        users.create(RESEARCHER, TestUsers.PASSWORD, null, Set.of(Capacity.RESEARCHER));
        TestUsers people = new TestUsers(users, port);
        LedgerHttp facilitator = people.anonymous().as(FACILITATOR, TestUsers.PASSWORD);
        HttpResponse<String> formed = facilitator.post(
                "/api/partnerships",
                """
                {"name": "Tidslinjen mod vold", "purpose": "Help women subjected to violence",
                 "occurredOn": "2003-08-15",
                 "partners": [{"name": "Krisecenter Tidslinje", "sector": "VOLUNTARY"},
                              {"name": "Tidslinje Kommune", "sector": "PUBLIC"}]}""");
        assertThat(formed.statusCode()).as(formed.body()).isEqualTo(201);
        String api = formed.headers().firstValue("Location").orElseThrow();
        JsonNode partners = facilitator.eventually(api).path("partners");
        String ngo = partners.get(0).path("id").asText();
        String municipality = partners.get(1).path("id").asText();
        for (String[] appointment : new String[][] {{"tl-anne", ngo}, {"tl-mads", municipality}}) {
            for (String role : new String[] {"STEERING_GROUP", "SIGNATORY"}) {
                created(facilitator.post(
                        api + "/representatives",
                        """
                        {"person": "%s", "partner": "%s", "role": "%s", "occurredOn": "2003-09-01"}"""
                                .formatted(appointment[0], appointment[1], role)));
            }
        }
        observed(facilitator, api, "BELONGING", "2003-10-01");
        LedgerHttp anne = people.person("tl-anne");
        LedgerHttp mads = people.person("tl-mads");
        HttpResponse<String> proposed = anne.post(
                api + "/agreement/versions",
                """
                {"proposedBy": "%s", "occurredOn": "2003-11-01", "content": %s}"""
                        .formatted(ngo, agreement(ngo)));
        created(proposed);
        String hash = anne.read(proposed.body()).path("contentHash").asText();
        created(sign(anne, api, ngo, hash, "tl-anne"));
        created(sign(mads, api, municipality, hash, "tl-mads"));
        created(anne.post(
                api + "/meetings",
                """
                {"kind": "STEERING_GROUP", "occurredOn": "2004-01-15", "agenda": ["Cadence"], "minutes": "Met",
                 "attendees": [{"person": "tl-anne", "represents": "%s"}, {"person": "tl-mads", "represents": "%s"}]}"""
                        .formatted(ngo, municipality)));
        created(anne.post(
                api + "/conflicts",
                """
                {"raisedBy": "%s", "concerning": ["%s"], "topic": "Press", "category": "COMMUNICATION",
                 "description": "Spoke to the press first", "occurredOn": "2004-02-01"}"""
                        .formatted(ngo, municipality)));
        observed(facilitator, api, "CONTROL", "2004-03-01");
        created(mads.post(
                api + "/representatives/tl-mads/replacement",
                """
                {"incoming": "tl-mette", "occurredOn": "2004-06-01"}"""));
        partnership = api.replace("/api", "");
    }

    @Test
    void aFacilitatorReplaysTheTimelineByModelByDateAndEventByEvent() throws Exception {
        try (Browser browser = browser("en")) {
            browser.signIn(FACILITATOR, TestUsers.PASSWORD);
            browser.go(partnership + "/timeline");

            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Timeline of Tidslinjen mod vold");
            assertThat(browser.find(By.cssSelector(".timeline-models a[aria-current]"))
                            .getText())
                    .isEqualTo("FIRO");
            assertThat(browser.find(By.cssSelector("svg[role=img]")).getAttribute("aria-label"))
                    .isEqualTo("Timeline of Tidslinjen mod vold by FIRO");
            assertThat(browser.driver().findElements(By.cssSelector("svg .phases .segment")))
                    .isNotEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("svg .events .mark-conflict")))
                    .hasSize(1);
            assertThat(browser.driver().findElements(By.cssSelector("svg .observations .segment")))
                    .hasSize(2);
            assertThat(state(browser, "agreement")).isEqualTo("Version 1, in force since 1 Dec 2003");
            // The facilitator takes no part in the conflict, so its topic is withheld from them.
            assertThat(state(browser, "conflicts")).isEqualTo("A conflict you take no part in, raised 1 Feb 2004");
            browser.screenshot("timeline-page");

            // Slide back to October 2003: no agreement yet, no conflict, still belonging.
            slideTo(browser, LocalDate.parse("2003-10-15"));
            assertThat(browser.find(By.id("state-heading")).getText()).isEqualTo("The state on 15 Oct 2003");
            assertThat(state(browser, "agreement")).isEqualTo("None yet");
            assertThat(state(browser, "conflicts")).isEqualTo("None");
            assertThat(state(browser, "phase")).isEqualTo("Belonging");
            assertThat(state(browser, "partners")).contains("Krisecenter Tidslinje", "Tidslinje Kommune");
            assertThat(browser.find(By.cssSelector("svg .as-of text")).getText())
                    .isEqualTo("as of 15 Oct 2003");
            browser.screenshot("timeline-as-of");

            browser.submit(By.linkText("Tuckman"));
            assertThat(browser.path()).contains("model=tuckman").contains("asOf=2003-10-15");
            assertThat(state(browser, "phase")).isEqualTo("Forming");
            browser.submit(By.linkText("Show everything"));
            assertThat(browser.find(By.cssSelector("svg[role=img]")).getAttribute("aria-label"))
                    .isEqualTo("Timeline of Tidslinjen mod vold by Tuckman");
            assertThat(browser.find(By.cssSelector("svg .row-labels")).getText())
                    .as("the observed band says whose phases it shows")
                    .contains("Observed", "(FIRO)", "(Tuckman)");
            assertThat(browser.driver().findElements(By.cssSelector(".timeline-events li")))
                    .as("every event drawn is listed beside the drawing")
                    .hasSize(14);
            WebElement firstListed = browser.find(By.cssSelector(".timeline-events li"));
            assertThat(firstListed.getAttribute("textContent")).isEqualTo("15 Aug 2003: Partnership formed (formed)");
            assertThat(firstListed.findElement(By.tagName("a")).getAttribute("href"))
                    .as("each listed event links to its step")
                    .endsWith("/timeline?model=tuckman&step=1");
            assertThat(state(browser, "phase")).isEqualTo("Forming"); // the replacement formed the group anew
            browser.screenshot("timeline-tuckman");

            browser.submit(By.linkText("Start at the first event"));
            assertThat(stepText(browser)).startsWith("Event 1 of 14").contains("Partnership formed", "on 15 Aug 2003");
            browser.submit(By.linkText("Next event"));
            assertThat(stepText(browser)).startsWith("Event 2 of 14").contains("Representative appointed");
            browser.go(partnership + "/timeline?model=tuckman&step=12");
            assertThat(stepText(browser)).startsWith("Event 12 of 14").contains("Conflict raised", "on 1 Feb 2004");
            assertThat(browser.find(By.cssSelector(".timeline-steps .state-phase"))
                            .getText())
                    .isEqualTo("Storming");
            assertThat(browser.find(By.cssSelector(".timeline-steps .state-conflicts"))
                            .getText())
                    .endsWith("raised 1 Feb 2004");
            assertThat(browser.driver().findElements(By.cssSelector("svg .events .current")))
                    .as("the event stepped to is ringed")
                    .hasSize(1);
            browser.submit(By.linkText("Previous event"));
            assertThat(stepText(browser)).startsWith("Event 11 of 14").contains("Meeting held");
            browser.screenshot("timeline-step");

            downloadsTheDrawing(browser);

            browser.go(partnership + "/timeline?asOf=yesterday");
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).isEqualTo("asOf: yesterday");
        }
    }

    @Test
    void aResearcherReadsTheTimelineInDanish() throws Exception {
        try (Browser browser = browser("da")) {
            browser.signIn(RESEARCHER, TestUsers.PASSWORD);
            browser.go(partnership + "/timeline?step=2");

            assertThat(browser.find(By.tagName("h1")).getText()).startsWith("Tidslinje for");
            assertThat(browser.find(By.cssSelector("svg[role=img]")).getAttribute("aria-label"))
                    .isEqualTo("Tidslinje for Tidslinjen mod vold efter FIRO");
            assertThat(state(browser, "agreement")).startsWith("Version 1, gældende fra 1. dec");
            assertThat(stepText(browser)).startsWith("Begivenhed 2 af 14");
            browser.screenshot("timeline-da");

            // On a phone the drawing scrolls sideways rather than shrinking its text, a tap on a mark says
            // what it is, and the state reads as one column.
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            assertThat(browser.find(By.cssSelector(".timeline-as-of button")).isDisplayed())
                    .isTrue();
            Number smallest = (Number)
                    ((JavascriptExecutor) browser.driver())
                            .executeScript(
                                    """
                            var svg = document.querySelector('.timeline-drawing-wrap svg');
                            var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                            return Math.min.apply(null, Array.from(svg.querySelectorAll('text'))
                                .map(function (text) { return parseFloat(text.getAttribute('font-size')) * scale; }));""");
            assertThat(smallest.doubleValue())
                    .as("the smallest text on a phone, in px")
                    .isGreaterThanOrEqualTo(11);
            assertThat(browser.find(By.cssSelector("figcaption")).getText())
                    .doesNotContainIgnoringCase("markøren")
                    .contains("Tryk");
            WebElement conflict = browser.find(By.cssSelector("svg .events .mark-conflict"));
            ((JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView({inline: 'center'});", conflict);
            conflict.click();
            assertThat(browser.find(By.id("timeline-picked")).getText()).isEqualTo("Konflikt rejst, 1. feb. 2004");
            browser.screenshot("timeline-phone-da");
        }
    }

    @Test
    void someoneWhoTakesNoPartSeesNoTimeline() throws Exception {
        users.create("timeline-outsider", TestUsers.PASSWORD, null, Set.of());
        try (Browser browser = browser("en")) {
            browser.signIn("timeline-outsider", TestUsers.PASSWORD);
            browser.go(partnership + "/timeline");

            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not allowed");
            assertThat(browser.driver().findElements(By.cssSelector("svg"))).isEmpty();
        }
    }

    /** Downloads the SVG and the PNG through the links, in the browser's session, and keeps them. */
    private void downloadsTheDrawing(Browser browser) throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpClient http = HttpClient.newHttpClient();
        String svgLink = browser.find(By.cssSelector("a.download-svg")).getAttribute("href");
        HttpResponse<String> svg = http.send(
                HttpRequest.newBuilder(URI.create(svgLink))
                        .header("Cookie", "JSESSIONID=" + session.getValue())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(svg.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition)
                        .startsWith("attachment")
                        .contains("filename=\"timeline-")
                        .contains(".svg\""));
        assertThat(svg.body())
                .startsWith("<svg")
                .contains("<g class=\"phases\">")
                .contains("Storming")
                .contains("Timeline of Tidslinjen mod vold by Tuckman");
        assertThat(Pattern.compile("data-count=\"(\\d+)\"")
                        .matcher(svg.body())
                        .results()
                        .mapToInt(count -> Integer.parseInt(count.group(1)))
                        .sum())
                .as("every event is drawn")
                .isEqualTo(14);
        Path screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
        Files.writeString(screenshots.resolve("timeline-download.svg"), svg.body());

        String pngLink = browser.find(By.cssSelector("a.download-png")).getAttribute("href");
        HttpResponse<byte[]> png = http.send(
                HttpRequest.newBuilder(URI.create(pngLink))
                        .header("Cookie", "JSESSIONID=" + session.getValue())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        byte[] image = png.body();
        assertThat(Arrays.copyOf(image, 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        int width = ByteBuffer.wrap(image, 16, 4).getInt();
        int height = ByteBuffer.wrap(image, 20, 4).getInt();
        assertThat(width).isEqualTo(1920);
        assertThat(height).isBetween(400, 1200);
        Files.write(screenshots.resolve("timeline-download.png"), image);
    }

    /** Sets the as-of slider as a person would drag it, and sends its form. */
    private static void slideTo(Browser browser, LocalDate day) {
        long days = ChronoUnit.DAYS.between(FORMED, day);
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('day').value = arguments[0];", String.valueOf(days));
        browser.submit(By.cssSelector("form.timeline-as-of button[type=submit]"));
    }

    /** What the page says of the state on the date shown (not the step's). */
    private static String state(Browser browser, String what) {
        return browser.find(By.cssSelector(".timeline-state .state-" + what)).getText();
    }

    private static String stepText(Browser browser) {
        return browser.find(By.cssSelector(".timeline-step-event")).getText();
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(201, 204);
    }

    private static void observed(LedgerHttp facilitator, String api, String phase, String on) throws Exception {
        created(facilitator.post(
                api + "/phase-observations",
                """
                {"observer": "tl-facilitator", "phase": "%s", "note": "Seen at the meeting", "occurredOn": "%s"}"""
                        .formatted(phase, on)));
    }

    private static HttpResponse<String> sign(LedgerHttp by, String api, String partner, String hash, String signatory)
            throws Exception {
        return by.post(
                api + "/agreement/versions/1/signatures",
                """
                {"partner": "%s", "contentHash": "%s", "signatory": "%s", "occurredOn": "2003-12-01"}"""
                        .formatted(partner, hash, signatory));
    }

    /** The template's sections (DOMAIN.md), filled in briefly. */
    private static String agreement(String ngo) {
        return """
                {"background": {"problem": "Women subjected to violence fall between services",
                                "strengths": [{"partnerId": "%1$s", "strengths": "Counselling"}]},
                 "goals": {"goals": ["Earlier help"], "successCriteria": ["Referrals"]},
                 "contentAndQuality": {"activity": "Joint counselling", "qualityRequirements": "Trained staff"},
                 "organisation": {"rightsAndDuties": "Each partner keeps its autonomy",
                                  "responsibilities": [{"partnerId": "%1$s", "text": "Secretary"}],
                                  "governance": {"steeringGroupCadence": "4 times a year", "workingGroupCadence": "monthly"},
                                  "information": {"internal": "Minutes to all", "external": "Inform each other first"}},
                 "dialogue": {"rules": "Raised at the next steering group",
                              "mediator": {"name": "Center for Konfliktløsning", "organisation": ""}},
                 "plan": {"phases": [{"name": "Activities", "startsOn": "2004-01-01", "endsOn": "2004-11-30"}]},
                 "budget": {"financing": "Each partner funds its own part", "moneyExchanged": false},
                 "changes": {"amendment": "Only in agreement", "withdrawal": "Three months' notice", "noticePeriod": "P3M"},
                 "riskAssessment": "Key persons may leave",
                 "evaluation": {"method": "Report", "measurementPoints": ["Four points"], "anchoring": "Aarhus"},
                 "term": {"startsOn": "2003-12-01", "endsOn": "2004-12-31"},
                 "revisionDate": null,
                 "accession": []}"""
                .formatted(ngo);
    }
}
