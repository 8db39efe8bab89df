package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.agreement.AgreementContent;
import org.partnershipledger.core.agreement.Background;
import org.partnershipledger.core.agreement.Budget;
import org.partnershipledger.core.agreement.ChangesAndExit;
import org.partnershipledger.core.agreement.ContentAndQuality;
import org.partnershipledger.core.agreement.ContentHash;
import org.partnershipledger.core.agreement.DialogueAndConflictHandling;
import org.partnershipledger.core.agreement.EvaluationAndAnchoring;
import org.partnershipledger.core.agreement.Goals;
import org.partnershipledger.core.agreement.Governance;
import org.partnershipledger.core.agreement.Information;
import org.partnershipledger.core.agreement.Mediator;
import org.partnershipledger.core.agreement.Organisation;
import org.partnershipledger.core.agreement.PartnerStrengths;
import org.partnershipledger.core.agreement.Phase;
import org.partnershipledger.core.agreement.Plan;
import org.partnershipledger.core.agreement.Responsibility;
import org.partnershipledger.core.agreement.Term;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.partnership.AppointRepresentative;
import org.partnershipledger.core.partnership.FormPartnership;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.ProposeAgreement;
import org.partnershipledger.core.partnership.RecordMeeting;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.core.partnership.SignAgreement;
import org.partnershipledger.core.partnership.WithdrawPartner;

/**
 * The partnership pages in a real browser: "Greenlanders in Esbjerg" (DOMAIN.md), where Vindrosen and
 * Esbjerg municipality draft, amend and sign their agreement, and a stale page cannot sign.
 */
class PartnershipPagesTest extends BrowserTest {

    private static final LocalDate FORMED = LocalDate.of(2003, 3, 1);

    private final PartnershipId partnership = PartnershipId.generate();
    private final PartnerId vindrosen = PartnerId.generate();
    private final PartnerId esbjerg = PartnerId.generate();
    // Unique per test: every browser test shares one ledger and one user store.
    private final String suffix = partnership.value().substring(0, 8);
    private final PersonId inge = new PersonId("inge-" + suffix);
    private final PersonId jens = new PersonId("jens-" + suffix);

    @BeforeEach
    void formGreenlandersInEsbjerg() {
        commands.sendAndWait(new FormPartnership(
                partnership,
                "Grønlændere i Esbjerg " + suffix,
                "A foothold for Greenlanders in Esbjerg",
                FORMED,
                List.of(
                        new Partner(vindrosen, "Vindrosen", Sector.VOLUNTARY),
                        new Partner(esbjerg, "Esbjerg Kommune", Sector.PUBLIC))));
        appoint(inge, vindrosen, Role.STEERING_GROUP);
        appoint(inge, vindrosen, Role.SIGNATORY);
        appoint(jens, esbjerg, Role.STEERING_GROUP);
        appoint(jens, esbjerg, Role.SIGNATORY);
        users.create("user-" + inge.value(), TestUsers.PASSWORD, inge, Set.of());
        users.create("user-" + jens.value(), TestUsers.PASSWORD, jens, Set.of());
    }

    @Test
    void aRepresentativeSeesThePartnersTheAgreementInForceItsVersionsNoticesAndMeetings() throws Exception {
        AgreementContent first = draft("A drop-in café.");
        propose(first, vindrosen, LocalDate.of(2003, 10, 1));
        sign(vindrosen, inge, first, LocalDate.of(2004, 3, 1));
        sign(esbjerg, jens, first, LocalDate.of(2004, 3, 1));
        propose(draft("A drop-in café and volunteer guides."), esbjerg, LocalDate.of(2004, 9, 1));
        MeetingId meeting = MeetingId.generate();
        commands.sendAndWait(new RecordMeeting(
                partnership,
                meeting,
                MeetingKind.STEERING_GROUP,
                LocalDate.of(2004, 6, 1),
                List.of(new Attendee(inge, vindrosen), new Attendee(jens, esbjerg)),
                List.of(),
                "The café opened.",
                List.of()));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        commands.sendAndWait(new WithdrawPartner(partnership, esbjerg, "New priorities", today));
        String leavesOn = today.plusMonths(3).format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
        try (Browser browser = browser("en")) {
            browser.signIn("user-" + inge.value(), TestUsers.PASSWORD);
            browser.go("/partnerships/" + partnership.value());

            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Grønlændere i Esbjerg " + suffix);
            assertThat(browser.find(By.cssSelector("tr.partner")).getText())
                    .contains("Vindrosen", "Voluntary", inge.value(), "steering group, signatory");
            assertThat(browser.find(By.cssSelector("dl.in-force")).getText())
                    .contains("Version 1", ContentHash.of(first).value(), "1 Mar 2004");
            assertThat(browser.find(By.cssSelector("table.versions")).getText())
                    .contains(
                            "Version 2",
                            "by Esbjerg Kommune on 1 Sep 2004",
                            "Not signed yet",
                            "Esbjerg Kommune (signed by " + jens.value() + ") on 1 Mar 2004");
            assertThat(browser.find(By.cssSelector("ul.notices")).getText())
                    .isEqualTo("Esbjerg Kommune gave notice and leaves on " + leavesOn);
            assertThat(browser.find(By.cssSelector("ul.meetings a")).getAttribute("href"))
                    .endsWith("/partnerships/" + partnership.value() + "/meetings/" + meeting.value());
            assertThat(browser.find(By.cssSelector("ul.meetings")).getText()).contains("1 Jun 2004", "Steering group");
            assertThat(browser.find(By.linkText("Record a meeting")).getAttribute("href"))
                    .endsWith("/partnerships/" + partnership.value() + "/meetings/new");
            browser.screenshot("partnership-page");
        }
        try (Browser browser = browser("da")) {
            browser.signIn("user-" + jens.value(), TestUsers.PASSWORD);
            browser.go("/partnerships/" + partnership.value());
            assertThat(browser.find(By.cssSelector("ul.notices")).getText()).contains("har varslet udtræden");
            browser.screenshot("partnership-page-da");

            browser.go("/partnerships/no-such-partnership");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Ikke fundet");
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText())
                    .isEqualTo("Der er intet partnerskab på denne adresse.");
        }
    }

    @Test
    void aVersionIsShownSectionBySectionWithItsHashAndComparedWithTheOneBefore() throws Exception {
        propose(draft("A drop-in café."), vindrosen, LocalDate.of(2003, 10, 1));
        propose(draft("A drop-in café and volunteer guides."), esbjerg, LocalDate.of(2003, 11, 1));
        try (Browser browser = browser("en")) {
            browser.signIn("user-" + jens.value(), TestUsers.PASSWORD);
            browser.go("/partnerships/" + partnership.value());
            browser.submit(By.linkText("Version 2"));

            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Version 2");
            assertThat(browser.find(By.cssSelector("#content-hash code")).getText())
                    .isEqualTo(ContentHash.of(draft("A drop-in café and volunteer guides."))
                            .value());
            assertThat(browser.find(By.cssSelector("[aria-labelledby=section-contentAndQuality]"))
                            .getText())
                    .contains("Content and quality", "A drop-in café and volunteer guides.");
            browser.screenshot("partnership-version");

            browser.submit(By.linkText("What changed since the version before"));
            new Select(browser.find(By.id("from"))).selectByVisibleText("Version 2");
            new Select(browser.find(By.id("to"))).selectByVisibleText("Version 1");
            browser.submit(By.cssSelector("form.diff-pick button[type=submit]"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Version 2 against version 1");
            new Select(browser.find(By.id("from"))).selectByVisibleText("Version 1");
            new Select(browser.find(By.id("to"))).selectByVisibleText("Version 2");
            browser.submit(By.cssSelector("form.diff-pick button[type=submit]"));

            assertThat(browser.path())
                    .isEqualTo("/partnerships/" + partnership.value() + "/agreement/diff?from=1&to=2");
            WebElement changed = browser.find(By.cssSelector("[aria-labelledby=section-contentAndQuality]"));
            assertThat(changed.getText()).contains("changed");
            assertThat(changed.findElement(By.tagName("del")).getText()).isEqualTo("café.");
            assertThat(changed.findElement(By.tagName("ins")).getText()).isEqualTo("café and volunteer guides.");
            assertThat(browser.find(By.cssSelector("[aria-labelledby=section-goals]"))
                            .getText())
                    .contains("unchanged");
            browser.screenshot("partnership-diff");
        }
    }

    @Test
    void aSignatorySignsTheVersionTheyReadAndAPageLoadedBeforeAnAmendmentCannotSign() throws Exception {
        propose(draft("A drop-in café."), vindrosen, LocalDate.of(2003, 10, 1));
        String version1 = "/partnerships/" + partnership.value() + "/agreement/versions/1";
        try (Browser inge = browser("en");
                Browser jens = browser("en")) {
            inge.signIn("user-" + this.inge.value(), TestUsers.PASSWORD);
            inge.go(version1);
            assertThat(inge.find(By.cssSelector("#content-hash code")).getText())
                    .isEqualTo(ContentHash.of(draft("A drop-in café.")).value());
            inge.submit(By.cssSelector("form.sign button[type=submit]"));

            assertThat(inge.path()).isEqualTo(version1);
            assertThat(inge.find(By.cssSelector("[role=status]")).getText())
                    .isEqualTo("Vindrosen signed version 1 of the agreement. Still to sign: Esbjerg Kommune.");
            assertThat(inge.find(By.cssSelector("ul.signatures")).getText())
                    .contains("Vindrosen (signed by " + this.inge.value() + ")");

            // Jens reads version 1, and meanwhile Vindrosen proposes an amendment.
            jens.signIn("user-" + this.jens.value(), TestUsers.PASSWORD);
            jens.go(version1);
            propose(draft("A drop-in café and volunteer guides."), vindrosen, LocalDate.of(2003, 11, 1));
            jens.submit(By.cssSelector("form.sign button[type=submit]"));

            assertThat(jens.find(By.id("stale")).getText())
                    .contains("Not signed: version 1 is out of date", "version 2 is now the one to sign");
            assertThat(jens.find(By.cssSelector("#stale a")).getAttribute("href"))
                    .endsWith("/partnerships/" + partnership.value() + "/agreement/versions/2");
            assertThat(jens.find(By.cssSelector("ul.signatures")).getText()).doesNotContain("Esbjerg Kommune");
            jens.screenshot("partnership-sign-stale");

            // A page whose text is not the version's (its hash differs) cannot sign it either.
            jens.submit(By.cssSelector("#stale a"));
            ((JavascriptExecutor) jens.driver())
                    .executeScript(
                            "arguments[0].value = arguments[1];",
                            jens.find(By.cssSelector("form.sign input[name=contentHash]")),
                            "a".repeat(64));
            jens.submit(By.cssSelector("form.sign button[type=submit]"));
            assertThat(jens.find(By.id("stale")).getText()).contains("the content hash differs");

            jens.go("/partnerships/" + partnership.value());
            assertThat(jens.find(By.cssSelector("table.versions")).getText()).doesNotContain("Esbjerg Kommune (signed");
        }
    }

    @Test
    void aRepresentativeProposesTheFirstVersionSectionBySectionAndSignsIt() throws Exception {
        try (Browser browser = browser("en")) {
            browser.signIn("user-" + inge.value(), TestUsers.PASSWORD);
            browser.go("/partnerships/" + partnership.value());
            browser.submit(By.linkText("Propose a new version"));

            // A phase named without a start, and no term: refused next to the fields, the text kept.
            browser.type(By.id("contentAndQuality-activity"), "A drop-in café.");
            browser.type(By.id("strengths-0"), "Volunteers and a meeting place.");
            browser.type(By.id("plan-phases-0-name"), "Start-up");
            browser.submit(By.cssSelector("form.propose button[type=submit]"));

            assertThat(browser.find(By.cssSelector("form.propose [role=alert]")).getText())
                    .contains("Please correct the fields marked below");
            assertThat(browser.find(By.id("plan-phases-0-startsOn-error")).getText())
                    .isEqualTo("Enter the date the phase starts.");
            assertThat(browser.find(By.id("plan-phases-0-startsOn")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(browser.find(By.id("term-startsOn-error")).getText())
                    .isEqualTo("Enter the date the agreement's term starts.");
            assertThat(browser.find(By.id("contentAndQuality-activity")).getAttribute("value"))
                    .isEqualTo("A drop-in café.");
            assertThat(browser.find(By.id("plan-phases-0-name")).getAttribute("value"))
                    .isEqualTo("Start-up");
            browser.screenshot("partnership-propose-errors");

            setDate(browser, "plan-phases-0-startsOn", "2003-03-01");
            setDate(browser, "term-startsOn", "2004-03-01");
            browser.submit(By.cssSelector("form.propose button[type=submit]"));

            assertThat(browser.path()).isEqualTo("/partnerships/" + partnership.value() + "/agreement/versions/1");
            assertThat(browser.find(By.cssSelector("[role=status]")).getText())
                    .isEqualTo("Version 1 of the agreement was proposed by Vindrosen.");
            assertThat(browser.find(By.cssSelector("[aria-labelledby=section-contentAndQuality]"))
                            .getText())
                    .contains("A drop-in café.");
            assertThat(browser.find(By.cssSelector("[aria-labelledby=section-plan]"))
                            .getText())
                    .contains("Start-up: 1 Mar 2003 –");

            browser.submit(By.cssSelector("form.sign button[type=submit]"));
            assertThat(browser.find(By.cssSelector("[role=status]")).getText())
                    .isEqualTo("Vindrosen signed version 1 of the agreement. Still to sign: Esbjerg Kommune.");

            // The next draft starts from version 1.
            browser.go("/partnerships/" + partnership.value() + "/agreement/new");
            assertThat(browser.find(By.id("contentAndQuality-activity")).getAttribute("value"))
                    .isEqualTo("A drop-in café.");
        }
    }

    private static void setDate(Browser browser, String id, String isoDate) {
        // Typing into a date control depends on the browser's locale; the value is what the form sends.
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), isoDate);
    }

    private void appoint(PersonId person, PartnerId partner, Role role) {
        commands.sendAndWait(new AppointRepresentative(partnership, person, partner, role, FORMED.plusDays(1)));
    }

    private void sign(PartnerId partner, PersonId signatory, AgreementContent content, LocalDate on) {
        commands.sendAndWait(new SignAgreement(partnership, partner, 1, ContentHash.of(content), signatory, on));
    }

    private int propose(AgreementContent content, PartnerId by, LocalDate on) {
        return commands.sendAndWait(new ProposeAgreement(partnership, content, by, on));
    }

    private AgreementContent draft(String activity) {
        return new AgreementContent(
                new Background(
                        "Greenlanders in Esbjerg lack a foothold in the town's associations.",
                        List.of(
                                new PartnerStrengths(vindrosen, "Volunteers and a meeting place."),
                                new PartnerStrengths(esbjerg, "Social services."))),
                new Goals(List.of("More Greenlanders take part in associations."), List.of("Number of participants")),
                new ContentAndQuality(activity, "Guides are trained before their first visit."),
                new Organisation(
                        "Each partner keeps its autonomy.",
                        List.of(
                                new Responsibility(vindrosen, "Recruits the guides."),
                                Responsibility.shared("The evaluation.")),
                        new Governance("roughly every 3 months", "at least monthly"),
                        new Information("Minutes go to both partners.", "Each other first, then the press.")),
                new DialogueAndConflictHandling(
                        "Disagreements are raised at the next steering group meeting.",
                        new Mediator("Centre for Conflict Resolution", "")),
                new Plan(List.of(new Phase("Start-up", LocalDate.of(2003, 3, 1), LocalDate.of(2003, 9, 30)))),
                new Budget("Each partner funds its own part.", false),
                new ChangesAndExit("Only in agreement.", "Three months' notice.", Period.ofMonths(3)),
                "Key persons leaving could stall the activities.",
                new EvaluationAndAnchoring("A joint evaluation.", List.of("Participation"), "Vindrosen's programme."),
                new Term(LocalDate.of(2004, 3, 1), LocalDate.of(2006, 12, 31)),
                LocalDate.of(2004, 9, 1),
                List.of());
    }
}
