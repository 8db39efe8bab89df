package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.programme.ProgrammeId;
import org.partnershipledger.core.programme.StartProgramme;
import org.partnershipledger.web.security.Capacity;

/**
 * A facilitator registers persons by name on the Persons page and then matches a pair by choosing those
 * names; nobody types an id. A researcher reads no one there.
 */
class PersonsPagesTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aFacilitatorRegistersPersonsAndMatchesAPairByChoosingTheirNames() throws Exception {
        users.create("reg-hanne", TestUsers.PASSWORD, new PersonId("reg-hanne"), Set.of(Capacity.FACILITATOR));
        ProgrammeId programme = ProgrammeId.generate();
        commands.sendAndWait(new StartProgramme(
                programme,
                "Pairs of the register",
                new PersonId("reg-hanne"),
                TODAY.minusDays(10),
                TODAY.plusMonths(2)));
        try (Browser browser = browser("en")) {
            browser.signIn("reg-hanne", TestUsers.PASSWORD);
            browser.go("/persons");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Persons");

            // A slip in the e-mail address is shown next to it, and what was typed stays.
            browser.type(By.id("new-name"), "Sofie Kjær");
            browser.type(By.id("new-organisation"), "Mødrehjælpen");
            browser.type(By.id("new-email"), "sofie.example.dk");
            browser.submit(By.cssSelector("form.person-form button[type=submit]"));
            assertThat(browser.find(By.id("new-email-error")).getText()).contains("e-mail address");
            assertThat(browser.find(By.id("new-name")).getAttribute("value")).isEqualTo("Sofie Kjær");
            browser.screenshot("persons-register-error");

            browser.find(By.id("new-email")).clear();
            browser.type(By.id("new-email"), "sofie@example.dk");
            browser.submit(By.cssSelector("form.person-form button[type=submit]"));
            assertThat(browser.find(By.cssSelector("p.notice[role=status]")).getText())
                    .isEqualTo("Sofie Kjær is registered.");
            browser.type(By.id("new-name"), "Mikkel Lund");
            browser.type(By.id("new-organisation"), "Aarhus Kommune");
            browser.submit(By.cssSelector("form.person-form button[type=submit]"));
            String sofie = listed(browser, "Sofie Kjær");
            String mikkel = listed(browser, "Mikkel Lund");
            assertThat(sofie).startsWith("p-");
            browser.screenshot("persons-register");

            browser.go("/programmes/" + programme.value());
            Select expert = new Select(browser.find(By.id("experienceExpert")));
            assertThat(expert.getOptions())
                    .extracting(WebElement::getText)
                    .contains("Sofie Kjær (Mødrehjælpen)", "Mikkel Lund (Aarhus Kommune)");
            expert.selectByVisibleText("Sofie Kjær (Mødrehjælpen)");
            new Select(browser.find(By.id("strategicLeader"))).selectByVisibleText("Mikkel Lund (Aarhus Kommune)");
            browser.submit(By.cssSelector("#match-pair button[type=submit]"));
            assertThat(browser.find(By.cssSelector("p.notice[role=status]")).getText())
                    .isEqualTo("Pair matched: Sofie Kjær and Mikkel Lund.");
            WebElement pair = browser.find(By.cssSelector("table.pairs tbody tr"));
            assertThat(pair.getText()).contains("Sofie Kjær", "Mikkel Lund").doesNotContain(sofie, mikkel);
            browser.screenshot("persons-pair-matched");

            // The pair's partnership is formed a moment after the match; its page names the two.
            String pairPage = pair.findElement(By.tagName("a")).getAttribute("href");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            do {
                Thread.sleep(200);
                browser.go(pairPage.substring(pairPage.indexOf("/partnerships/")));
            } while (!browser.find(By.tagName("h1")).getText().contains("Mikkel") && System.nanoTime() < deadline);
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Pair: Sofie Kjær and Mikkel Lund");
            assertThat(browser.find(By.cssSelector("ul.representatives")).getText())
                    .contains("Sofie Kjær");
            assertThat(browser.find(By.tagName("main")).getText()).doesNotContain(sofie);
            browser.screenshot("persons-pair-partnership");
            browser.go("/partnerships");
            assertThat(browser.find(By.tagName("main")).getText()).contains("Pair: Sofie Kjær and Mikkel Lund");
        }
        try (Browser browser = browser("da")) {
            browser.signIn("reg-hanne", TestUsers.PASSWORD);
            browser.go("/persons");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Personer");
            assertThat(browser.find(By.cssSelector("table.person-list")).getText())
                    .contains("Sofie Kjær");
            browser.screenshot("persons-register-da");
        }
    }

    @Test
    void aPersonCorrectsTheirOwnDetailsAndReadsNoOneElses() throws Exception {
        registered("reg-ida", "Ida Nørgaard");
        registered("reg-other", "Someone Else");
        users.create("reg-ida", TestUsers.PASSWORD, new PersonId("reg-ida"), Set.of());
        try (Browser browser = browser("da")) {
            browser.signIn("reg-ida", TestUsers.PASSWORD);
            browser.go("/persons");
            assertThat(browser.find(By.tagName("h2")).getText()).isEqualTo("Dine oplysninger");
            assertThat(browser.find(By.id("own-name")).getAttribute("value")).isEqualTo("Ida Nørgaard");
            assertThat(browser.driver().findElements(By.cssSelector("table.person-list")))
                    .isEmpty();
            assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Someone Else");

            browser.type(By.id("own-phone"), "+45 20 30 40 50");
            browser.submit(By.cssSelector("form.person-form button[type=submit]"));
            assertThat(browser.find(By.cssSelector("p.notice[role=status]")).getText())
                    .isEqualTo("Dine oplysninger er rettet: Ida Nørgaard.");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!"+45 20 30 40 50".equals(browser.find(By.id("own-phone")).getAttribute("value"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
                browser.go("/persons");
            }
            assertThat(browser.find(By.id("own-phone")).getAttribute("value")).isEqualTo("+45 20 30 40 50");
            browser.screenshot("persons-own-details-da");
        }
    }

    @Test
    void aResearcherReadsNoOneOnThePersonsPage() throws Exception {
        users.create("reg-jonas", TestUsers.PASSWORD, null, Set.of(Capacity.RESEARCHER));
        try (Browser browser = browser("en")) {
            browser.signIn("reg-jonas", TestUsers.PASSWORD);
            assertThat(browser.driver().findElements(By.cssSelector("nav.sections a[href='/persons']")))
                    .isEmpty();
            browser.go("/persons");
            assertThat(browser.find(By.tagName("main")).getText())
                    .contains("pseudonyms")
                    .doesNotContain("Sofie");
        }
    }

    /** The register is a read model that follows the history a moment later; the person's id (not shown) once listed. */
    private static String listed(Browser browser, String name) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            browser.go("/persons");
            for (WebElement row : browser.driver().findElements(By.cssSelector("table.person-list tbody tr"))) {
                if (row.getText().contains(name)) {
                    return row.getAttribute("data-person");
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " is not listed");
            }
            Thread.sleep(200);
        }
    }
}
