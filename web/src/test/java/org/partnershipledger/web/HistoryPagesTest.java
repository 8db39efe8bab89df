package org.partnershipledger.web;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.AppointRepresentative;
import org.partnershipledger.core.partnership.FormPartnership;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.core.partnership.WitnessCheckpoint;
import org.partnershipledger.core.store.ChainVerification;
import org.partnershipledger.query.disclosure.Pseudonyms;
import org.partnershipledger.query.verification.PartnershipVerification;
import org.partnershipledger.web.security.Capacity;
import org.springframework.beans.factory.annotation.Autowired;

/** Partners witness their history's head on its page, and an edit behind the ledger's back shows there. */
class HistoryPagesTest extends BrowserTest {

    private static final LocalDate FORMED = LocalDate.of(2019, 1, 14);

    @Autowired
    MongoDatabase database;

    @Autowired
    PartnershipVerification verification;

    @Autowired
    Pseudonyms pseudonyms;

    private final PartnershipId partnership = PartnershipId.generate();
    private final String suffix = partnership.value().substring(0, 8);
    private final PartnerId kommune = PartnerId.generate();
    private final PartnerId forening = PartnerId.generate();
    private final PersonId ole = new PersonId("history-ole-" + suffix);
    private final PersonId sara = new PersonId("history-sara-" + suffix);

    @Test
    void eachPartnerWitnessesTheHeadAndALaterEditInTheDatabaseShows() throws Exception {
        commands.sendAndWait(new FormPartnership(
                partnership,
                "Ældres trivsel " + suffix,
                "Older people less lonely",
                FORMED,
                List.of(
                        new Partner(kommune, "Aarhus Kommune", Sector.PUBLIC),
                        new Partner(forening, "Ældre Sagen", Sector.VOLUNTARY))));
        commands.sendAndWait(new AppointRepresentative(partnership, ole, kommune, Role.LEAD, FORMED));
        commands.sendAndWait(new AppointRepresentative(partnership, sara, forening, Role.STEERING_GROUP, FORMED));
        users.create("user-" + ole.value(), TestUsers.PASSWORD, ole, Set.of());
        users.create("user-" + sara.value(), TestUsers.PASSWORD, sara, Set.of());
        String history = "/partnerships/" + partnership.value() + "/history";

        try (Browser browser = browser("en")) {
            browser.signIn("user-" + ole.value(), TestUsers.PASSWORD);
            browser.go("/partnerships/" + partnership.value());
            assertThat(browser.driver().findElements(By.linkText("Propose a new version")))
                    .as("a partner's lead proposes versions")
                    .hasSize(1);
            assertThat(browser.driver().findElements(By.linkText("Record a meeting")))
                    .as("the lead is neither secretary nor in the steering group")
                    .isEmpty();
            browser.submit(By.linkText("History"));
            assertThat(browser.path()).isEqualTo(history);
            assertThat(browser.find(By.cssSelector(".verdict")).getText())
                    .isEqualTo("The history is intact: 3 events.");
            assertThat(browser.find(By.tagName("main")).getText())
                    .contains("No head has been witnessed by every partner yet.");
            String head = browser.find(By.cssSelector(".facts code")).getText();
            assertThat(head).hasSize(64);

            browser.submit(By.cssSelector("form.witness button"));
            assertThat(browser.find(By.cssSelector("p.notice")).getText())
                    .isEqualTo("You witnessed the head of the history after 3 events.");
            browser.screenshot("partnership-history-witnessed-once");
        }
        try (Browser browser = browser("da")) {
            browser.signIn("user-" + sara.value(), TestUsers.PASSWORD);
            browser.go(history);
            assertThat(browser.find(By.cssSelector(".verdict")).getText())
                    .isEqualTo("Historikken er intakt: 4 hændelser.");
            // Ole's checkpoint moved the head on; Sara is offered the head he witnessed, so both sign off one.
            assertThat(browser.find(By.cssSelector("form.witness")).getText())
                    .contains("Aarhus Kommune har bevidnet hovedhashen efter 3 hændelser");
            browser.submit(By.cssSelector("form.witness button"));
            assertThat(browser.find(By.tagName("main")).getText())
                    .contains(
                            "Alle partnere har bevidnet hovedhashen efter 3 hændelser, og historikken har den stadig.");
            browser.screenshot("partnership-history-da");
        }
        try (Browser browser = browser("en")) {
            browser.signIn("user-" + ole.value(), TestUsers.PASSWORD);
            browser.go(history);
            assertThat(browser.find(By.tagName("main")).getText())
                    .contains("Every partner witnessed the head after 3 events, and the history still has it.")
                    .contains("Aarhus Kommune (witnessed by " + ole.value() + ")")
                    .contains("Ældre Sagen (witnessed by " + sara.value() + ")");
            browser.screenshot("partnership-history-witnessed");

            database.getCollection("events")
                    .updateOne(
                            and(eq("aggregateIdentifier", partnership.value()), eq("sequenceNumber", 1)),
                            new Document("$set", new Document("payload.role", "SIGNATORY")));
            browser.go(history);
            assertThat(browser.find(By.cssSelector(".verdict[role=alert]")).getText())
                    .contains("The history breaks at event 2: its content was changed after it was recorded.");
            assertThat(browser.find(By.tagName("main")).getText())
                    .contains("The history no longer has the head every partner witnessed after 3 events");
            assertThat(browser.driver().findElements(By.cssSelector("form.witness")))
                    .as("a broken history is not witnessed")
                    .isEmpty();
            browser.screenshot("partnership-history-broken");
        }
    }

    @Test
    void aResearcherReadsTheWitnessesByTheirPseudonymsOnly() throws Exception {
        commands.sendAndWait(new FormPartnership(
                partnership,
                "Ældres trivsel " + suffix,
                "Older people less lonely",
                FORMED,
                List.of(
                        new Partner(kommune, "Aarhus Kommune", Sector.PUBLIC),
                        new Partner(forening, "Ældre Sagen", Sector.VOLUNTARY))));
        commands.sendAndWait(new AppointRepresentative(partnership, ole, kommune, Role.LEAD, FORMED));
        commands.sendAndWait(new AppointRepresentative(partnership, sara, forening, Role.STEERING_GROUP, FORMED));
        ChainVerification.Report chain =
                verification.verify(partnership.value()).chain();
        LocalDate witnessedOn = FORMED.plusDays(1);
        commands.sendAndWait(
                new WitnessCheckpoint(partnership, kommune, ole, chain.headHash(), chain.eventCount(), witnessedOn));
        commands.sendAndWait(
                new WitnessCheckpoint(partnership, forening, sara, chain.headHash(), chain.eventCount(), witnessedOn));
        String researcher = "user-researcher-" + suffix;
        users.create(researcher, TestUsers.PASSWORD, null, Set.of(Capacity.RESEARCHER));

        try (Browser browser = browser("en")) {
            browser.signIn(researcher, TestUsers.PASSWORD);
            browser.go("/partnerships/" + partnership.value() + "/history");
            String page = browser.find(By.tagName("main")).getText();
            assertThat(page)
                    .contains("Every partner witnessed the head after 3 events, and the history still has it.")
                    .contains(
                            "Aarhus Kommune (witnessed by " + pseudonyms.of(ole).value() + ")")
                    .contains("Ældre Sagen (witnessed by " + pseudonyms.of(sara).value() + ")")
                    .doesNotContain(ole.value())
                    .doesNotContain(sara.value());
            assertThat(browser.driver().findElements(By.cssSelector("form.witness")))
                    .as("a researcher witnesses for no partner")
                    .isEmpty();
            browser.screenshot("partnership-history-researcher");

            browser.go("/partnerships/" + partnership.value());
            assertThat(browser.driver().findElements(By.cssSelector(".partnership-actions a, .agreement-actions a")))
                    .extracting(WebElement::getText)
                    .as("a researcher reads; the page offers no act")
                    .doesNotContain("Record a meeting", "Propose a new version");
        }
    }

    @Test
    void someoneOutsideThePartnershipIsToldWhyInTheirLanguage() throws Exception {
        commands.sendAndWait(new FormPartnership(
                partnership,
                "Ældres trivsel " + suffix,
                "Older people less lonely",
                FORMED,
                List.of(
                        new Partner(kommune, "Aarhus Kommune", Sector.PUBLIC),
                        new Partner(forening, "Ældre Sagen", Sector.VOLUNTARY))));
        PersonId outsider = new PersonId("history-outsider-" + suffix);
        users.create("user-" + outsider.value(), TestUsers.PASSWORD, outsider, Set.of());

        try (Browser browser = browser("da")) {
            browser.signIn("user-" + outsider.value(), TestUsers.PASSWORD);
            browser.go("/partnerships/" + partnership.value() + "/history");
            assertThat(browser.find(By.tagName("main")).getText())
                    .contains(
                            "Afvist: kun de, der deltager i partnerskabet, dets facilitatorer og forskere kan læse det.");
            browser.submit(By.linkText("English"));
            assertThat(browser.find(By.tagName("main")).getText())
                    .contains("Refused: only those who take part in this partnership, its facilitators and researchers"
                            + " read it; you are person " + outsider.value());
        }
    }
}
