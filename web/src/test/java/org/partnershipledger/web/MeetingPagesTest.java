package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.decision.Proposal;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.ProposalPut;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.core.decision.StanceGiven;
import org.partnershipledger.core.partnership.AppointRepresentative;
import org.partnershipledger.core.partnership.FormPartnership;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.RecordMeeting;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.core.partnership.StanceRecorded;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The steering group records a meeting with proposals and each partner's stance, sees what was decided,
 * and a partner that had not answered gives its stance in writing, in a real browser without JavaScript
 * being needed by any form.
 */
class MeetingPagesTest extends BrowserTest {

    @Autowired
    MongoDatabase database;

    private static final LocalDate FORMED = LocalDate.of(2026, 1, 12);

    private final PartnershipId partnership = PartnershipId.generate();
    private final Partner ngo = new Partner(PartnerId.generate(), "Ældremobiliseringen", Sector.VOLUNTARY);
    private final Partner municipality = new Partner(PartnerId.generate(), "Aarhus Kommune", Sector.PUBLIC);
    private final Partner council = new Partner(PartnerId.generate(), "Ældrerådet", Sector.CITIZEN);

    @Test
    void aSteeringGroupRecordsAMeetingAndAPartnerAnswersAPendingProposalInWriting() throws Exception {
        formPartnershipWithSteeringGroup();
        String meetings = "/partnerships/" + partnership.value() + "/meetings";
        try (Browser browser = browser("en")) {
            browser.signIn("meetings-anna", TestUsers.PASSWORD);
            browser.go(meetings + "/new");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Record a meeting");
            browser.screenshot("meetings-new");

            browser.find(By.cssSelector("label[for=attendee-0]")).click();
            browser.find(By.cssSelector("label[for=attendee-1]")).click();
            browser.find(By.cssSelector("label[for=attendee-2]")).click();
            browser.type(By.id("minutes"), "The steering group met at the town hall.");
            browser.type(By.id("proposal-0-text"), "Walking groups meet every Tuesday.");
            choose(browser, "proposal-0-stance-0", "CONSENT");
            choose(browser, "proposal-0-stance-1", "CONSENT");
            choose(browser, "proposal-0-stance-2", "CONSENT");

            browser.submit(By.id("add-proposal"));
            assertThat(browser.find(By.id("proposal-0-text")).getAttribute("value"))
                    .isEqualTo("Walking groups meet every Tuesday.");
            assertThat(new Select(browser.find(By.id("proposal-0-stance-2")))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo("CONSENT");
            browser.type(By.id("proposal-1-text"), "The council hosts the spring gathering.");
            choose(browser, "proposal-1-stance-0", "CONSENT");
            choose(browser, "proposal-1-stance-1", "CONSENT");

            setValue(browser, "occurredOn", "2099-01-01");
            browser.submit(By.id("record-meeting"));
            assertThat(browser.path()).isEqualTo(meetings + "/new");
            assertThat(browser.find(By.id("occurredOn-error")).getText()).contains("must not be in the future");
            assertThat(browser.find(By.id("occurredOn")).getAttribute("aria-describedby"))
                    .isEqualTo("occurredOn-error");
            assertThat(browser.find(By.id("minutes")).getAttribute("value"))
                    .isEqualTo("The steering group met at the town hall.");
            assertThat(browser.find(By.id("proposal-1-text")).getAttribute("value"))
                    .isEqualTo("The council hosts the spring gathering.");
            browser.screenshot("meetings-new-errors");

            setValue(
                    browser,
                    "occurredOn",
                    LocalDate.now(ZoneOffset.UTC).minusDays(2).toString());
            browser.submit(By.id("record-meeting"));
            assertThat(browser.path()).startsWith(meetings + "/").isNotEqualTo(meetings + "/new");
            assertThat(browser.find(By.cssSelector("p.notice")).getText()).contains("is recorded, with 2 proposals");
            assertThat(browser.find(By.tagName("main")).getText())
                    .contains("meetings-anna", "meetings-bo", "meetings-carl")
                    .contains("The steering group met at the town hall.");
            List<String> proposals = browser.driver().findElements(By.cssSelector("article.meetings-decision")).stream()
                    .map(article -> article.getText())
                    .toList();
            assertThat(proposals.get(0)).contains("Walking groups meet every Tuesday.", "Adopted");
            assertThat(proposals.get(1))
                    .contains("The council hosts the spring gathering.", "Pending", "Still to answer: Ældrerådet");
            browser.screenshot("meetings-meeting");

            browser.submit(By.linkText("Decisions"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Decisions");
            String pending = browser.find(By.cssSelector("#pending + article")).getText();
            assertThat(pending)
                    .contains("The council hosts the spring gathering.", "Still to answer: Ældrerådet")
                    .contains("Retract this proposal")
                    .doesNotContain("Give your partner's stance in writing");
        }
        try (Browser browser = browser("en")) {
            browser.signIn("meetings-carl", TestUsers.PASSWORD);
            browser.go("/partnerships/" + partnership.value() + "/decisions");
            assertThat(browser.find(By.cssSelector("#pending + article")).getText())
                    .contains("Give your partner's stance in writing")
                    .doesNotContain("Retract this proposal");
            browser.screenshot("meetings-decisions-pending");

            browser.type(By.id("stance-0-reason"), "Our board agreed on Monday.");
            browser.submit(By.id("stance-0-submit"));
            assertThat(browser.find(By.id("stance-0-stance-error")).getText()).isEqualTo("Choose the stance.");
            assertThat(browser.find(By.id("stance-0-reason")).getAttribute("value"))
                    .isEqualTo("Our board agreed on Monday.");

            choose(browser, "stance-0-stance", "CONSENT");
            browser.find(By.xpath("//textarea[@id='stance-0-reason']/following-sibling::label/input[@type='checkbox']"))
                    .click();
            browser.submit(By.id("stance-0-submit"));
            assertThat(browser.find(By.cssSelector("p.notice")).getText())
                    .isEqualTo("The stance of Ældrerådet on \"The council hosts the spring gathering.\" is recorded;"
                            + " the proposal is now: Adopted.");
            assertThat(browser.find(By.cssSelector("#pending + p")).getText())
                    .isEqualTo("No proposal is waiting for an answer.");
            assertThat(browser.find(By.tagName("main")).getText())
                    .contains("Walking groups meet every Tuesday.", "The council hosts the spring gathering.")
                    .contains("Our board agreed on Monday.");
            assertThat(browser.find(By.cssSelector("#decided + article")).getText())
                    .as("the newest proposal first")
                    .contains("The council hosts the spring gathering.");
            assertThat(database.getCollection("events")
                            .find(new Document("payloadType", StanceRecorded.class.getName()))
                            .map(Document::toJson)
                            .into(new ArrayList<>()))
                    .as("a reason marked personal is stored encrypted")
                    .isNotEmpty()
                    .noneMatch(stored -> stored.contains("Our board agreed on Monday."));
            browser.screenshot("meetings-decisions-done");

            browser.submit(By.linkText("Dansk"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Beslutninger");
            assertThat(browser.find(By.cssSelector("#decided")).getText()).isEqualTo("Besluttet");
            assertThat(browser.find(By.tagName("main")).getText()).contains("Vedtaget", "Samtykker");
            browser.screenshot("meetings-decisions-da");
        }
    }

    @Test
    void theProposerRetractsAPendingProposalAndOnlyTheSteeringGroupRecordsMeetings() throws Exception {
        PartnershipId esbjerg = PartnershipId.generate();
        Partner centre = new Partner(PartnerId.generate(), "Vindrosen", Sector.VOLUNTARY);
        Partner town = new Partner(PartnerId.generate(), "Esbjerg Kommune", Sector.PUBLIC);
        commands.sendAndWait(new FormPartnership(
                esbjerg, "Greenlanders in Esbjerg (meetings)", "A meeting place", FORMED, List.of(centre, town)));
        PersonId dora = appoint(esbjerg, "meetings-dora", centre, Role.STEERING_GROUP);
        appoint(esbjerg, "meetings-erik", town, Role.WORKING_GROUP);
        ProposalId proposal = ProposalId.generate();
        commands.sendAndWait(new RecordMeeting(
                esbjerg,
                MeetingId.generate(),
                MeetingKind.STEERING_GROUP,
                FORMED.plusDays(30),
                List.of(new Attendee(dora, centre.id())),
                List.of(),
                "",
                List.of(new ProposalPut(
                        new Proposal(proposal, "The seminar moves to September.", centre.id(), null),
                        List.of(new StanceGiven(centre.id(), Stance.CONSENT, dora, null, FORMED.plusDays(30)))))));
        String decisions = "/partnerships/" + esbjerg.value() + "/decisions";
        try (Browser browser = browser("en")) {
            browser.signIn("meetings-erik", TestUsers.PASSWORD);
            browser.go("/partnerships/" + esbjerg.value() + "/meetings/new");
            assertThat(browser.find(By.tagName("main")).getText())
                    .contains("only the secretary or a steering-group member records meetings");

            browser.signIn("meetings-dora", TestUsers.PASSWORD);
            browser.go(decisions);
            assertThat(browser.find(By.cssSelector("#pending + article")).getText())
                    .contains("Still to answer: Esbjerg Kommune");
            browser.submit(By.id("retraction-0-submit"));
            assertThat(browser.find(By.id("retraction-0-reason-error")).getText())
                    .isEqualTo("Say why it is retracted.");
            assertThat(browser.find(By.id("retraction-0-reason")).getAttribute("aria-invalid"))
                    .isEqualTo("true");

            browser.type(By.id("retraction-0-reason"), "The hall is not free in September.");
            browser.submit(By.id("retraction-0-submit"));
            assertThat(browser.find(By.cssSelector("p.notice")).getText())
                    .isEqualTo("The proposal \"The seminar moves to September.\" is retracted.");
            assertThat(browser.find(By.cssSelector("#decided + article")).getText())
                    .contains("Retracted", "The hall is not free in September.");
        }
    }

    @Test
    void yearsOfDecisionsAreReadNewestFirstFiftyToAPage() throws Exception {
        PartnershipId years = PartnershipId.generate();
        Partner centre = new Partner(PartnerId.generate(), "Vindrosen", Sector.VOLUNTARY);
        Partner town = new Partner(PartnerId.generate(), "Esbjerg Kommune", Sector.PUBLIC);
        commands.sendAndWait(new FormPartnership(
                years, "Greenlanders in Esbjerg (years)", "A meeting place", FORMED, List.of(centre, town)));
        PersonId fie = appoint(years, "meetings-fie", centre, Role.STEERING_GROUP);
        PersonId gus = appoint(years, "meetings-gus", town, Role.STEERING_GROUP);
        for (int n = 1; n <= 52; n++) {
            LocalDate on = FORMED.plusDays(n);
            commands.sendAndWait(new RecordMeeting(
                    years,
                    MeetingId.generate(),
                    MeetingKind.STEERING_GROUP,
                    on,
                    List.of(new Attendee(fie, centre.id()), new Attendee(gus, town.id())),
                    List.of(),
                    "",
                    List.of(new ProposalPut(
                            new Proposal(ProposalId.generate(), "Decision " + n + ".", centre.id(), null),
                            List.of(
                                    new StanceGiven(centre.id(), Stance.CONSENT, fie, null, on),
                                    new StanceGiven(town.id(), Stance.CONSENT, gus, null, on))))));
        }
        try (Browser browser = browser("da")) {
            browser.signIn("meetings-fie", TestUsers.PASSWORD);
            browser.go("/partnerships/" + years.value() + "/decisions");
            List<WebElement> first = browser.driver().findElements(By.cssSelector("#decided ~ article"));
            assertThat(first).hasSize(50);
            assertThat(first.get(0).getText()).contains("Decision 52.");
            assertThat(browser.find(By.cssSelector("nav.pages")).getText()).contains("Side 1 af 2");

            browser.submit(By.linkText("Ældre beslutninger"));
            assertThat(browser.driver().findElements(By.cssSelector("#decided ~ article")))
                    .extracting(WebElement::getText)
                    .satisfiesExactly(older -> assertThat(older).contains("Decision 2."), oldest -> assertThat(oldest)
                            .contains("Decision 1."));
            assertThat(browser.find(By.linkText("Nyere beslutninger")).getAttribute("href"))
                    .endsWith("/decisions?page=1");

            browser.go("/partnerships/" + years.value() + "/decisions?page=nine");
            assertThat(browser.find(By.cssSelector("nav.pages")).getText()).contains("Side 1 af 2");
        }
    }

    private void formPartnershipWithSteeringGroup() {
        commands.sendAndWait(new FormPartnership(
                partnership,
                "Older people's well-being (meetings)",
                "Older people in Aarhus take part in walking groups",
                FORMED,
                List.of(ngo, municipality, council)));
        appoint("meetings-anna", ngo);
        appoint("meetings-bo", municipality);
        appoint("meetings-carl", council);
    }

    private void appoint(String username, Partner partner) {
        appoint(partnership, username, partner, Role.STEERING_GROUP);
    }

    private PersonId appoint(PartnershipId in, String username, Partner partner, Role role) {
        PersonId person = new PersonId(username + "-person");
        users.create(username, TestUsers.PASSWORD, person, Set.of());
        commands.sendAndWait(new AppointRepresentative(in, person, partner.id(), role, FORMED));
        return person;
    }

    private static void choose(Browser browser, String select, String value) {
        new Select(browser.find(By.id(select))).selectByValue(value);
    }

    // A date field is typed in the browser's own date format; the test sets the value the form sends.
    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), value);
    }
}
