package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.agreement.AgreementContent;
import org.partnershipledger.core.agreement.Background;
import org.partnershipledger.core.agreement.Budget;
import org.partnershipledger.core.agreement.ChangesAndExit;
import org.partnershipledger.core.agreement.ContentAndQuality;
import org.partnershipledger.core.agreement.DialogueAndConflictHandling;
import org.partnershipledger.core.agreement.EvaluationAndAnchoring;
import org.partnershipledger.core.agreement.Goals;
import org.partnershipledger.core.agreement.Governance;
import org.partnershipledger.core.agreement.Information;
import org.partnershipledger.core.agreement.Mediator;
import org.partnershipledger.core.agreement.Organisation;
import org.partnershipledger.core.agreement.Plan;
import org.partnershipledger.core.agreement.Term;
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
import org.partnershipledger.core.partnership.ProposeAgreement;
import org.partnershipledger.core.partnership.RecordMeeting;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;

/**
 * The secretary enters a history from paper in a real browser: a signature on a paper contract on the version
 * page, a stance from a letter on the decisions page, each giver chosen from a list; the partner's own
 * representative sees that it was recorded on their behalf and contests it, and the decision is pending again.
 */
class RecordedOnBehalfPagesTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate FORMED = TODAY.minusDays(90);

    private final PartnershipId partnership = PartnershipId.generate();
    private final Partner vindrosen = new Partner(PartnerId.generate(), "Vindrosen", Sector.VOLUNTARY);
    private final Partner esbjerg = new Partner(PartnerId.generate(), "Esbjerg Kommune", Sector.PUBLIC);

    @Test
    void theSecretaryRecordsAPaperSignatureAndALettersStanceAndThePartnerContestsTheStance() throws Exception {
        commands.sendAndWait(new FormPartnership(
                partnership,
                "Greenlanders in Esbjerg (on paper)",
                "A meeting place",
                FORMED,
                List.of(vindrosen, esbjerg)));
        PersonId secretary = appoint("paper-sekretaer", vindrosen, Role.SECRETARY);
        appoint("paper-inge", vindrosen, Role.SIGNATORY);
        PersonId ole = appoint("paper-ole", esbjerg, Role.SIGNATORY);
        commands.sendAndWait(new ProposeAgreement(partnership, draft(), vindrosen.id(), TODAY.minusDays(30)));
        commands.sendAndWait(new RecordMeeting(
                partnership,
                MeetingId.generate(),
                MeetingKind.STEERING_GROUP,
                TODAY.minusDays(10),
                List.of(new Attendee(secretary, vindrosen.id())),
                List.of(),
                "",
                List.of(new ProposalPut(
                        new Proposal(ProposalId.generate(), "The seminar moves to September.", vindrosen.id(), null),
                        List.of(new StanceGiven(
                                vindrosen.id(), Stance.CONSENT, secretary, null, TODAY.minusDays(10))))),
                secretary));
        String base = "/partnerships/" + partnership.value();
        try (Browser browser = browser("en")) {
            browser.signIn("paper-sekretaer", TestUsers.PASSWORD);
            browser.go(base + "/agreement/versions/1");
            assertThat(browser.find(By.id("recorded-sign")).getText())
                    .contains("Record a signature of version 1 given outside the ledger");
            browser.submit(By.id("recorded-sign-submit"));
            assertThat(browser.find(By.id("recorded-giver-error")).getText()).isEqualTo("Choose who gave it.");

            new Select(browser.find(By.id("recorded-giver"))).selectByVisibleText("paper-ole, for Esbjerg Kommune");
            setValue(browser, "recorded-date", TODAY.minusDays(20).toString());
            browser.type(By.id("recorded-reference"), "Signed at the seminar, file 17");
            browser.screenshot("on-behalf-signature");
            browser.submit(By.id("recorded-sign-submit"));
            assertThat(browser.find(By.cssSelector("p.notice")).getText())
                    .startsWith("The signature of Esbjerg Kommune on version 1 is recorded on its signatory's behalf.")
                    .doesNotContain("Still to sign: Esbjerg Kommune");
            assertThat(browser.find(By.cssSelector("ul.signatures")).getText())
                    .contains("recorded by paper-sekretaer", "from a paper contract of");

            browser.go(base + "/decisions");
            new Select(browser.find(By.id("recorded-0-giver"))).selectByVisibleText("paper-ole, for Esbjerg Kommune");
            new Select(browser.find(By.id("recorded-0-stance"))).selectByValue("CONSENT");
            new Select(browser.find(By.id("recorded-0-kind"))).selectByValue("LETTER");
            setValue(browser, "recorded-0-date", TODAY.minusDays(5).toString());
            browser.type(By.id("recorded-0-reference"), "Letter of the mayor");
            browser.screenshot("on-behalf-stance");
            browser.submit(By.id("recorded-0-submit"));
            assertThat(browser.find(By.cssSelector("p.notice")).getText())
                    .isEqualTo("The stance is recorded on its giver's behalf.");
            assertThat(browser.find(By.cssSelector("#decided + article")).getText())
                    .contains("The seminar moves to September.", "Adopted")
                    .contains("given in the ledger")
                    .contains("recorded by paper-sekretaer from a letter of")
                    .contains("its partner may confirm or contest it until");
        }
        try (Browser browser = browser("en")) {
            browser.signIn("paper-ole", TestUsers.PASSWORD);
            browser.go(base + "/decisions");
            String answer = "answer-" + proposalOnPage(browser) + "-1";
            browser.submit(By.id(answer + "-contest"));
            assertThat(browser.find(By.id(answer + "-reason-error")).getText()).isEqualTo("Say why you contest it.");

            browser.type(By.id(answer + "-reason"), "We asked for time to think");
            browser.submit(By.id(answer + "-contest"));
            assertThat(browser.find(By.cssSelector("p.notice")).getText()).startsWith("The stance is contested");
            assertThat(browser.find(By.cssSelector("#pending + article")).getText())
                    .contains("The seminar moves to September.", "Pending", "contested by paper-ole");
            browser.screenshot("on-behalf-contested");

            browser.submit(By.linkText("Dansk"));
            assertThat(browser.find(By.cssSelector("#pending + article")).getText())
                    .contains("registreret af paper-sekretaer ud fra et brev af", "anfægtet af paper-ole");
        }
        assertThat(ole).isNotNull();
    }

    private static String proposalOnPage(Browser browser) {
        String id = browser.find(By.cssSelector("#decided + article")).getAttribute("id");
        return id.substring("proposal-".length());
    }

    private PersonId appoint(String username, Partner partner, Role role) {
        PersonId person = new PersonId(username + "-person");
        users.create(username, TestUsers.PASSWORD, person, Set.of());
        commands.sendAndWait(new AppointRepresentative(partnership, person, partner.id(), role, FORMED));
        return person;
    }

    // A date field is typed in the browser's own date format; the test sets the value the form sends.
    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), value);
    }

    private AgreementContent draft() {
        return new AgreementContent(
                new Background("Greenlanders in Esbjerg lack a foothold in the town's associations.", List.of()),
                new Goals(List.of("More Greenlanders take part in associations."), List.of("Participants")),
                new ContentAndQuality("A drop-in café.", "Guides are trained."),
                new Organisation(
                        "Each partner keeps its autonomy.",
                        List.of(),
                        new Governance("roughly every 3 months", "at least monthly"),
                        new Information("Minutes go to both partners.", "Each other first, then the press.")),
                new DialogueAndConflictHandling("Raised at the next steering group.", new Mediator("A centre", "")),
                new Plan(List.of()),
                new Budget("Each partner funds its own part.", false),
                new ChangesAndExit("Only in agreement.", "Three months' notice.", Period.ofMonths(3)),
                "Key persons leaving.",
                new EvaluationAndAnchoring("A joint evaluation.", List.of("Participation"), "The programme."),
                new Term(FORMED, null),
                null,
                List.of());
    }
}
