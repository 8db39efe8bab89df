package org.partnershipledger.web;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.conflict.ConflictCategory;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.ConflictOpening;
import org.partnershipledger.core.partnership.AppointRepresentative;
import org.partnershipledger.core.partnership.FormPartnership;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.RaiseConflict;
import org.partnershipledger.core.partnership.ResolveConflict;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;

/**
 * A conflict from the pages: a partner's representative raises it and escalates it to an appointed
 * mediator; the mediator reviews the partnership's conflicts and the conflict's every step, records a
 * mediation session and, with the consent of both partners, the resolution.
 */
class ConflictPagesTest extends BrowserTest {

    private static final String ID = "conflict-pages";
    private static final PartnershipId PARTNERSHIP = new PartnershipId(ID);
    private static final PartnerId NGO = new PartnerId(ID + "-vindrosen");
    private static final PartnerId MUNICIPALITY = new PartnerId(ID + "-esbjerg");
    private static final PartnerId CENTRE = new PartnerId(ID + "-kulturhus");
    private static final LocalDate FORMED = LocalDate.of(2024, 1, 10);
    private static final LocalDate RAISED = LocalDate.of(2024, 2, 1);

    @Test
    void aRepresentativeRaisesAndEscalatesAConflictAndTheMediatorReviewsAndResolvesIt() throws Exception {
        String conflicts = "/partnerships/" + ID + "/conflicts";
        recordAPartnershipWithAnEarlierConflictResolved();
        registered("conflicts-mette", "Mette Mægler");

        String conflict;
        try (Browser browser = browser("en")) {
            browser.signIn("conflicts-vera", TestUsers.PASSWORD);
            browser.go(conflicts);
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Conflicts");
            browser.submit(By.linkText("Raise a conflict"));
            assertThat(browser.path()).isEqualTo(conflicts + "/new");

            // Without a topic and a partner it concerns, nothing is recorded and the page says why, field by field.
            browser.type(By.id("description"), "The municipality spoke to the press before informing us");
            date(browser, "occurredOn", RAISED);
            browser.submit(By.cssSelector("form.conflict-form button[type=submit]"));
            assertThat(browser.path()).isEqualTo(conflicts + "/new");
            assertThat(browser.find(By.id("topic-error")).getText()).isEqualTo("Fill this in.");
            assertThat(browser.find(By.id("topic")).getAttribute("aria-describedby"))
                    .isEqualTo("topic-error");
            assertThat(browser.find(By.id("concerning-error")).getText())
                    .isEqualTo("Choose at least one partner the conflict is with.");
            assertThat(browser.find(By.id("category-error")).getText()).isEqualTo("Fill this in.");
            assertThat(browser.find(By.id("description")).getAttribute("value"))
                    .isEqualTo("The municipality spoke to the press before informing us");
            browser.screenshot("conflicts-raise-errors");

            browser.type(By.id("topic"), "Press before partners");
            browser.find(By.cssSelector("input[name=concerning][value='" + MUNICIPALITY.value() + "']"))
                    .click();
            select(browser, "category", "COMMUNICATION");
            browser.submit(By.cssSelector("form.conflict-form button[type=submit]"));
            assertThat(browser.find(By.cssSelector("p.notice[role=status]")).getText())
                    .isEqualTo("The conflict was raised.");
            conflict = browser.path();
            assertThat(conflict).startsWith(conflicts + "/");

            browser.type(By.id("step-note"), "We met and could not agree on when to inform each other");
            date(browser, "step-occurredOn", LocalDate.of(2024, 2, 10));
            browser.submit(By.cssSelector("form[action$='/steps'] button[type=submit]"));
            assertThat(browser.find(By.cssSelector("p.notice[role=status]")).getText())
                    .isEqualTo("The dialogue step was recorded.");

            // No agreement names a mediator here, so escalating without appointing one is refused.
            assertThat(browser.find(By.cssSelector("form[action$='/escalation'] .hint"))
                            .getText())
                    .isEqualTo("The agreement in force names no mediator: name the one the partners appoint.");
            date(browser, "escalation-occurredOn", LocalDate.of(2024, 2, 20));
            browser.submit(By.cssSelector("form[action$='/escalation'] button[type=submit]"));
            assertThat(browser.find(By.cssSelector("form[action$='/escalation'] p.error[role=alert]"))
                            .getText())
                    .containsIgnoringCase("mediator");

            browser.type(By.id("escalation-mediatorName"), "Mette Mægler");
            browser.type(By.id("escalation-mediatorOrganisation"), "Center for Konfliktløsning");
            select(browser, "escalation-mediatorPerson", "conflicts-mette");
            date(browser, "escalation-occurredOn", LocalDate.of(2024, 2, 20));
            browser.submit(By.cssSelector("form[action$='/escalation'] button[type=submit]"));
            assertThat(browser.find(By.cssSelector("p.notice[role=status]")).getText())
                    .isEqualTo("The conflict was escalated to the mediator.");
            assertThat(browser.find(By.cssSelector(".conflict-facts .conflict-state"))
                            .getText())
                    .isEqualTo("Escalated to the mediator");
            // Escalated once: the form to escalate is gone, the one for mediation sessions is there.
            assertThat(browser.driver().findElements(By.cssSelector("form[action$='/escalation']")))
                    .isEmpty();
            browser.screenshot("conflicts-conflict");
        }

        try (Browser browser = browser("en")) {
            browser.signIn("conflicts-mette", TestUsers.PASSWORD);
            browser.go(conflicts);
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.conflict-list tbody tr"));
            assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
            // The open conflict first, with its age so far; the earlier one with the days it took.
            long daysSinceRaised = DAYS.between(RAISED, LocalDate.now(ZoneOffset.UTC));
            assertThat(cells(rows.get(0)))
                    .containsExactly(
                            "Press before partners\nraised 1 Feb 2024",
                            "Communication",
                            "Vindrosen",
                            "Escalated to the mediator",
                            NumberFormat.getIntegerInstance(Locale.ENGLISH).format(daysSinceRaised)
                                    + " days since raised");
            // Appointed to the other conflict only, the mediator sees this one's state, not its text.
            assertThat(cells(rows.get(1)))
                    .containsExactly(
                            "(topic withheld)\nraised 15 Jan 2024",
                            "Resources",
                            "Kulturhuset",
                            "Resolved",
                            "resolved after 5 days");
            browser.screenshot("conflicts-list");

            browser.submit(By.linkText("Press before partners"));
            assertThat(browser.path()).isEqualTo(conflict);
            assertThat(steps(browser))
                    .containsExactly(
                            "1 Feb 2024 Raised\nby Vindrosen, concerning Esbjerg Kommune\nPress before partners",
                            "10 Feb 2024 Dialogue between the partners\n"
                                    + "We met and could not agree on when to inform each other",
                            "20 Feb 2024 Escalated\nto the mediator Mette Mægler (Center for Konfliktløsning)");
            assertThat(browser.find(By.cssSelector(".conflict-facts .description"))
                            .getText())
                    .isEqualTo("The municipality spoke to the press before informing us");
            browser.screenshot("conflicts-mediator-review");

            browser.type(By.id("session-note"), "Both partners agreed to a rule for the press");
            date(browser, "session-occurredOn", LocalDate.of(2024, 3, 1));
            browser.submit(By.cssSelector("form[action$='/mediation-sessions'] button[type=submit]"));
            assertThat(browser.find(By.cssSelector("p.notice[role=status]")).getText())
                    .isEqualTo("The mediation session was recorded.");

            // The municipality has not consented yet: the ledger refuses, and the form keeps what was typed.
            browser.type(By.id("resolution-resolution"), "Partners inform each other before the press");
            browser.find(By.id("consent-" + NGO.value())).click();
            date(browser, "resolution-occurredOn", LocalDate.of(2024, 3, 11));
            browser.submit(By.cssSelector("form[action$='/resolution'] button[type=submit]"));
            assertThat(browser.find(By.cssSelector("form[action$='/resolution'] p.error[role=alert]"))
                            .getText())
                    .containsIgnoringCase("consent");
            assertThat(browser.find(By.id("resolution-resolution")).getAttribute("value"))
                    .isEqualTo("Partners inform each other before the press");
            assertThat(browser.find(By.id("consent-" + NGO.value())).isSelected())
                    .isTrue();

            browser.find(By.id("consent-" + MUNICIPALITY.value())).click();
            browser.submit(By.cssSelector("form[action$='/resolution'] button[type=submit]"));
            assertThat(browser.find(By.cssSelector("p.notice[role=status]")).getText())
                    .isEqualTo("The resolution was recorded; the conflict is resolved.");
            assertThat(browser.find(By.cssSelector(".conflict-facts .age")).getText())
                    .isEqualTo("resolved after 39 days");
            assertThat(steps(browser))
                    .hasSize(5)
                    .last()
                    .isEqualTo("11 Mar 2024 Resolved\nwith the consent of Esbjerg Kommune, Vindrosen\n"
                            + "Partners inform each other before the press");
            assertThat(browser.driver().findElements(By.cssSelector("form.conflict-form")))
                    .isEmpty();
            browser.screenshot("conflicts-resolved");

            browser.submit(By.linkText("Dansk"));
            assertThat(browser.find(By.cssSelector(".conflict-facts .conflict-state"))
                            .getText())
                    .isEqualTo("Løst");
            assertThat(browser.find(By.cssSelector(".conflict-facts .age")).getText())
                    .isEqualTo("løst efter 39 dage");
            assertThat(browser.find(By.id("steps")).getText()).isEqualTo("Alle trin, i den rækkefølge de skete");
            browser.screenshot("conflicts-resolved-da");
        }
    }

    @Test
    void someoneOutsideTheConflictSeesThatItExistsButNoFormToActOnIt() throws Exception {
        recordAPartnershipWithAnEarlierConflictResolved();
        try (Browser browser = browser("en")) {
            browser.signIn("conflicts-vera", TestUsers.PASSWORD);
            browser.go("/partnerships/" + ID + "/conflicts");
            browser.submit(By.partialLinkText("(topic withheld)"));
            assertThat(browser.find(By.cssSelector(".conflict-facts .conflict-state"))
                            .getText())
                    .isEqualTo("Resolved");
            assertThat(browser.find(By.cssSelector(".conflict-facts .description"))
                            .getText())
                    .isEqualTo("Withheld: only the partners involved and the mediator read it.");
            assertThat(browser.driver().findElements(By.cssSelector("form.conflict-form")))
                    .isEmpty();
            browser.screenshot("conflicts-withheld");
        }
    }

    @Test
    void aPartnerAbandonsAConflictWithAReasonAndSomeoneOutsideThePartnershipIsNotLetIn() throws Exception {
        recordAPartnershipWithAnEarlierConflictResolved();
        ConflictId leaflet = new ConflictId(ID + "-leaflet");
        commands.sendAndWait(new RaiseConflict(
                PARTNERSHIP,
                leaflet,
                new ConflictOpening(
                        CENTRE, List.of(NGO), "Shared leaflet", "Whose logo goes first", ConflictCategory.AUTONOMY),
                LocalDate.of(2024, 4, 1)));
        String conflict = "/partnerships/" + ID + "/conflicts/" + leaflet.value();
        try (Browser browser = browser("en")) {
            browser.signIn("conflicts-karen", TestUsers.PASSWORD);
            browser.go(conflict);
            browser.submit(By.cssSelector("form[action$='/abandonment'] button[type=submit]"));
            assertThat(browser.find(By.id("abandonment-reason-error")).getText())
                    .isEqualTo("Fill this in.");
            assertThat(browser.find(By.id("abandonment-reason")).getAttribute("aria-invalid"))
                    .isEqualTo("true");

            browser.type(By.id("abandonment-reason"), "The leaflet was dropped");
            date(browser, "abandonment-occurredOn", LocalDate.of(2024, 4, 3));
            browser.submit(By.cssSelector("form[action$='/abandonment'] button[type=submit]"));
            assertThat(browser.find(By.cssSelector("p.notice[role=status]")).getText())
                    .isEqualTo("The conflict was recorded as abandoned.");
            assertThat(browser.find(By.cssSelector(".conflict-facts .conflict-state"))
                            .getText())
                    .isEqualTo("Abandoned");
            assertThat(steps(browser)).last().isEqualTo("3 Apr 2024 Abandoned\nThe leaflet was dropped");

            browser.go("/partnerships/" + ID + "/conflicts");
            assertThat(browser.driver().findElements(By.cssSelector("table.conflict-list tbody tr")).stream()
                            .map(ConflictPagesTest::cells)
                            .filter(cells -> cells.get(0).startsWith("Shared leaflet"))
                            .findFirst()
                            .orElseThrow())
                    .containsExactly(
                            "Shared leaflet\nraised 1 Apr 2024",
                            "Autonomy",
                            "Kulturhuset",
                            "Abandoned",
                            "abandoned after 2 days");
            browser.screenshot("conflicts-list");
        }

        users.create("conflicts-outsider", TestUsers.PASSWORD, new PersonId("conflicts-outsider"), Set.of());
        try (Browser browser = browser("en")) {
            browser.signIn("conflicts-outsider", TestUsers.PASSWORD);
            browser.go(conflict);
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        }
    }

    // Vindrosen and Esbjerg Kommune, with a representative each, and a mediator who uses the ledger; the
    // cultural centre's quarrel with the municipality about rooms was settled in five days.
    private synchronized void recordAPartnershipWithAnEarlierConflictResolved() {
        if (users.find("conflicts-vera").isPresent()) {
            return;
        }
        commands.sendAndWait(new FormPartnership(
                PARTNERSHIP,
                "Grønlændere i Esbjerg (conflicts)",
                "Greenlanders in Esbjerg feel at home",
                FORMED,
                List.of(
                        new Partner(NGO, "Vindrosen", Sector.VOLUNTARY),
                        new Partner(MUNICIPALITY, "Esbjerg Kommune", Sector.PUBLIC),
                        new Partner(CENTRE, "Kulturhuset", Sector.VOLUNTARY))));
        appoint("conflicts-vera", NGO);
        appoint("conflicts-jens", MUNICIPALITY);
        appoint("conflicts-karen", CENTRE);
        users.create("conflicts-mette", TestUsers.PASSWORD, new PersonId("conflicts-mette"), Set.of());
        ConflictId rooms = new ConflictId(ID + "-rooms");
        commands.sendAndWait(new RaiseConflict(
                PARTNERSHIP,
                rooms,
                new ConflictOpening(
                        CENTRE,
                        List.of(MUNICIPALITY),
                        "Meeting rooms",
                        "Rooms double-booked",
                        ConflictCategory.RESOURCES),
                LocalDate.of(2024, 1, 15)));
        commands.sendAndWait(new ResolveConflict(
                PARTNERSHIP, rooms, "A shared calendar", Set.of(CENTRE, MUNICIPALITY), LocalDate.of(2024, 1, 20)));
    }

    private void appoint(String person, PartnerId partner) {
        commands.sendAndWait(
                new AppointRepresentative(PARTNERSHIP, new PersonId(person), partner, Role.STEERING_GROUP, FORMED));
        users.create(person, TestUsers.PASSWORD, new PersonId(person), Set.of());
    }

    // A date input takes typed dates in the browser's own format; the value itself is ISO in every language.
    private static void date(Browser browser, String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), date.toString());
    }

    private static void select(Browser browser, String id, String value) {
        new org.openqa.selenium.support.ui.Select(browser.find(By.id(id))).selectByValue(value);
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static List<String> steps(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".conflict-steps li")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
