package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.diary.DiaryEntry;
import org.partnershipledger.core.diary.DiaryEntryId;
import org.partnershipledger.core.diary.Visibility;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.RecordDiaryEntry;
import org.partnershipledger.core.partnership.RecordMeeting;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.person.PersonDetails;
import org.partnershipledger.core.person.RegisterPerson;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipHistory;
import org.partnershipledger.web.security.Capacity;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A facilitator runs an equal-partnership programme through the pages: starts it, declares a treatment
 * relationship, matches pairs (and is refused one pair), holds the kick-off, and follows each pair's
 * meetings against the two to three expected; a person in a pair sees only their own pair and diary.
 */
class ProgrammePagesTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    // Halfway through: each pair is expected to have met once by now.
    private static final LocalDate STARTS_ON = TODAY.minusDays(40);
    private static final LocalDate ENDS_ON = TODAY.plusDays(40);

    @Autowired
    PartnershipHistory partnerships;

    @Test
    void aFacilitatorStartsAProgrammeMatchesPairsAndFollowsTheirMeetings() throws Exception {
        users.create("prg-lise", TestUsers.PASSWORD, new PersonId("prg-lise"), Set.of(Capacity.FACILITATOR));
        users.create("prg-anna", TestUsers.PASSWORD, new PersonId("prg-anna"), Set.of());
        registerPersons(Map.of(
                "prg-lise", "Lise Iversen",
                "prg-anna", "Anna Berg",
                "prg-bo", "Bo Dam",
                "prg-carl", "Carl Ek",
                "prg-dorte", "Dorte Fog",
                "prg-erik", "Erik Gram",
                "prg-frida", "Frida Holm"));
        String programme;
        try (Browser browser = browser("en")) {
            browser.signIn("prg-lise", TestUsers.PASSWORD);
            browser.go("/programmes");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Programmes");
            assertThat(browser.find(By.tagName("main")).getText()).contains("You run no programmes yet.");

            // A programme of one month is refused next to its last day, and what was typed stays.
            browser.type(By.id("name"), "Pairs of spring (programme pages)");
            setValue(browser, "startsOn", STARTS_ON.toString());
            setValue(browser, "endsOn", STARTS_ON.plusMonths(1).toString());
            browser.submit(By.cssSelector("form.programme-form button[type=submit]"));
            assertThat(browser.find(By.id("endsOn-error")).getText())
                    .isEqualTo(
                            "A programme runs two to three months: its last day is two to three months after its first.");
            assertThat(browser.find(By.id("endsOn")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(browser.find(By.id("endsOn")).getAttribute("aria-describedby"))
                    .contains("endsOn-error");
            assertThat(browser.find(By.id("name")).getAttribute("value"))
                    .isEqualTo("Pairs of spring (programme pages)");
            assertThat(browser.find(By.id("startsOn")).getAttribute("value")).isEqualTo(STARTS_ON.toString());
            browser.screenshot("programmes-start-errors");

            setValue(browser, "endsOn", ENDS_ON.toString());
            browser.submit(By.cssSelector("form.programme-form button[type=submit]"));
            assertThat(browser.path()).startsWith("/programmes/");
            programme = browser.path().substring("/programmes/".length());
            assertThat(notice(browser)).contains("started");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Pairs of spring (programme pages)");

            choose(browser, "person", "prg-erik");
            choose(browser, "closeTo", "prg-frida");
            browser.submit(By.cssSelector("#treatment-relationship button[type=submit]"));
            assertThat(notice(browser)).contains("Erik Gram and Frida Holm will not be paired");

            match(browser, "prg-anna", "prg-bo");
            assertThat(notice(browser)).isEqualTo("Pair matched: Anna Berg and Bo Dam.");
            match(browser, "prg-carl", "prg-dorte");

            match(browser, "prg-erik", "prg-frida");
            assertThat(browser.find(By.cssSelector("#match-pair [role=alert]")).getText())
                    .contains("close to each other in a course of treatment");
            assertThat(browser.find(By.id("experienceExpert")).getAttribute("value"))
                    .isEqualTo("prg-erik");
            assertThat(browser.find(By.id("strategicLeader")).getAttribute("value"))
                    .isEqualTo("prg-frida");
            assertThat(browser.driver().findElements(By.cssSelector("table.pairs tbody tr")))
                    .hasSize(2);
            browser.screenshot("programmes-match-refused");

            browser.go("/programmes/" + programme);
            assertThat(new org.openqa.selenium.support.ui.Select(browser.find(By.id("kind")))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("Kick-off");
            assertThat(browser.find(By.id("attendees")).getText()).contains("Lise Iversen", "Anna Berg", "Dorte Fog");
            assertThat(browser.driver().findElements(By.cssSelector("#attendees input[type=checkbox]")))
                    .hasSize(5)
                    .allMatch(WebElement::isSelected);
            setValue(browser, "occurredOn", STARTS_ON.toString());
            browser.submit(By.cssSelector("#joint-meeting button[type=submit]"));
            assertThat(notice(browser)).startsWith("Kick-off recorded");
            assertThat(browser.find(By.cssSelector(".programme-facts")).getText())
                    .contains("Kick-off held");

            // The first pair meets once and its experience expert writes in her diary.
            PartnershipId first = new PartnershipId(partnershipOf(browser, "Anna Berg"));
            List<HistoryEvent> history = formed(first);
            PartnershipFormed formed = history.stream()
                    .map(HistoryEvent::event)
                    .filter(PartnershipFormed.class::isInstance)
                    .map(PartnershipFormed.class::cast)
                    .findFirst()
                    .orElseThrow();
            PartnerId expert = formed.partners().get(0).id();
            PartnerId leader = formed.partners().get(1).id();
            commands.sendAndWait(new RecordMeeting(
                    first,
                    MeetingId.generate(),
                    MeetingKind.PAIR_MEETING,
                    TODAY,
                    List.of(
                            new Attendee(new PersonId("prg-anna"), expert),
                            new Attendee(new PersonId("prg-bo"), leader)),
                    List.of("Getting to know each other"),
                    "We met at the library.",
                    List.of()));
            commands.sendAndWait(new RecordDiaryEntry(
                    first,
                    DiaryEntryId.generate(),
                    new DiaryEntry(new PersonId("prg-anna"), TODAY, "Bo listened well.", Visibility.PRIVATE)));
            formed(new PartnershipId(partnershipOf(browser, "Carl Ek")));

            browser.go("/programmes/" + programme);
            WebElement anna = pairRow(browser, "Anna Berg");
            assertThat(anna.findElement(By.cssSelector(".meeting-count")).getText())
                    .isEqualTo("1 of 2–3");
            assertThat(anna.getText()).doesNotContain("Behind");
            assertThat(anna.findElement(By.cssSelector(".diaries")).getText()).isEqualTo("1");
            WebElement carl = pairRow(browser, "Carl Ek");
            assertThat(carl.findElement(By.cssSelector(".meeting-count")).getText())
                    .isEqualTo("0 of 2–3");
            assertThat(carl.findElement(By.cssSelector(".behind")).getText()).isEqualTo("Behind: 1 expected by now");
            // The facilitator learns that there is a diary entry, never what it says.
            assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Bo listened well.");
            browser.screenshot("programmes-programme");

            WebElement row = listed(browser, "Pairs of spring (programme pages)");
            assertThat(row.getText()).contains("Kick-off held").endsWith("2");
            browser.screenshot("programmes-list");
        }

        try (Browser browser = browser("da")) {
            browser.signIn("prg-lise", TestUsers.PASSWORD);
            browser.go("/programmes/" + programme);
            assertThat(pairRow(browser, "Anna Berg")
                            .findElement(By.cssSelector(".meeting-count"))
                            .getText())
                    .isEqualTo("1 af 2–3");
            assertThat(pairRow(browser, "Carl Ek")
                            .findElement(By.cssSelector(".behind"))
                            .getText())
                    .isEqualTo("Bagud: 1 forventet nu");
            assertThat(browser.find(By.cssSelector(".programme-facts")).getText())
                    .contains("Opstartsmøde holdt");
            browser.screenshot("programmes-programme-da");
        }

        try (Browser browser = browser("en")) {
            browser.signIn("prg-anna", TestUsers.PASSWORD);
            browser.go("/programmes/" + programme);
            String page = browser.find(By.tagName("main")).getText();
            assertThat(page)
                    .contains("Your pair", "Bo Dam", "Bo listened well.")
                    .doesNotContain("Carl Ek");
            assertThat(browser.driver().findElements(By.id("match-pair"))).isEmpty();
            browser.screenshot("programmes-pair-member");
        }
    }

    @Test
    void anotherFacilitatorMayNotReadSomeoneElsesProgramme() throws Exception {
        users.create("prg-lise-2", TestUsers.PASSWORD, new PersonId("prg-lise-2"), Set.of(Capacity.FACILITATOR));
        users.create("prg-mads", TestUsers.PASSWORD, new PersonId("prg-mads"), Set.of(Capacity.FACILITATOR));
        String programme;
        try (Browser browser = browser("en")) {
            browser.signIn("prg-lise-2", TestUsers.PASSWORD);
            browser.go("/programmes");
            browser.type(By.id("name"), "Pairs of autumn (programme pages)");
            setValue(browser, "startsOn", TODAY.toString());
            setValue(browser, "endsOn", TODAY.plusMonths(2).toString());
            browser.submit(By.cssSelector("form.programme-form button[type=submit]"));
            programme = browser.path().substring("/programmes/".length());
        }
        try (Browser browser = browser("en")) {
            browser.signIn("prg-mads", TestUsers.PASSWORD);
            browser.go("/programmes/" + programme);
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not allowed");
            browser.go("/programmes/no-such-programme");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not found");
        }
    }

    private static void match(Browser browser, String experienceExpert, String strategicLeader) {
        choose(browser, "experienceExpert", experienceExpert);
        choose(browser, "strategicLeader", strategicLeader);
        browser.submit(By.cssSelector("#match-pair button[type=submit]"));
    }

    /** Persons are chosen by name; the value a choice sends is the person's id. */
    static void choose(Browser browser, String select, String person) {
        new org.openqa.selenium.support.ui.Select(browser.find(By.id(select))).selectByValue(person);
    }

    /** The persons are registered by name, and the register (a read model) shows them a moment later. */
    private void registerPersons(Map<String, String> names) throws InterruptedException {
        names.forEach((id, name) -> commands.sendAndWait(
                new RegisterPerson(new PersonId(id), new PersonDetails(name, null, null, null), TODAY)));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (register.find(names.keySet()).size() < names.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private static String notice(Browser browser) {
        return browser.find(By.cssSelector("p.notice[role=status]")).getText();
    }

    private static WebElement pairRow(Browser browser, String person) {
        return browser.driver().findElements(By.cssSelector("table.pairs tbody tr")).stream()
                .filter(row -> row.getText().contains(person))
                .findFirst()
                .orElseThrow();
    }

    private static String partnershipOf(Browser browser, String person) {
        String href = pairRow(browser, person).findElement(By.tagName("a")).getAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    /** The pair's partnership is formed just after the match; waits until both partners have their person. */
    private List<HistoryEvent> formed(PartnershipId partnership) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<HistoryEvent> history = partnerships.of(partnership.value());
            long appointed = history.stream()
                    .filter(event -> event.event() instanceof RepresentativeAppointed)
                    .count();
            if (appointed == 2 || System.nanoTime() > deadline) {
                return history;
            }
            Thread.sleep(100);
        }
    }

    /** The list is a read model that follows the history a moment later, so it is reloaded until it shows. */
    private static WebElement listed(Browser browser, String name) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            browser.go("/programmes");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.programme-list tbody tr"));
            for (WebElement row : rows) {
                if (row.getText().contains(name)) {
                    return row;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Programme " + name + " is not listed");
            }
            Thread.sleep(200);
        }
    }

    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), value);
    }
}
