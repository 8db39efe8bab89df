package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

/**
 * A pair member keeps her diary on a page: she writes an entry, which stays hers until she shares it,
 * shares it and makes it private again; the labels say what is true now, and her partner reads the entry
 * only while it is shared.
 */
class DiaryPagesTest extends BrowserTest {

    private static final LocalDate FORMED = LocalDate.of(2025, 3, 1);
    private static final String ENTRY = "Bo listened well, and I said more than I meant to.";

    @Test
    void aPairMemberWritesSharesAndUnsharesHerOwnDiaryEntry() throws Exception {
        String suffix = PersonId.generate().value().substring(2, 8);
        PartnershipId pair = new PartnershipId("diary-pair-" + suffix);
        PersonId anna = new PersonId("diary-anna-" + suffix);
        PersonId bo = new PersonId("diary-bo-" + suffix);
        PartnerId expert = new PartnerId("expert-" + suffix);
        PartnerId leader = new PartnerId("leader-" + suffix);
        commands.sendAndWait(new FormPartnership(
                pair,
                "Pair " + suffix,
                "Learn from each other",
                FORMED,
                List.of(
                        new Partner(expert, "Anna", Sector.CITIZEN),
                        new Partner(leader, "Aarhus Kommune", Sector.PUBLIC))));
        commands.sendAndWait(new AppointRepresentative(pair, anna, expert, Role.STEERING_GROUP, FORMED));
        commands.sendAndWait(new AppointRepresentative(pair, bo, leader, Role.STEERING_GROUP, FORMED));
        users.create("user-" + anna.value(), TestUsers.PASSWORD, anna, Set.of());
        users.create("user-" + bo.value(), TestUsers.PASSWORD, bo, Set.of());
        users.create("outsider-" + suffix, TestUsers.PASSWORD, new PersonId("outsider-" + suffix), Set.of());
        String diary = "/partnerships/" + pair.value() + "/diary";
        String entryPath;

        try (Browser browser = browser("da")) {
            browser.signIn("user-" + anna.value(), TestUsers.PASSWORD);
            browser.go("/partnerships/" + pair.value());
            browser.submit(By.linkText("Dagbog"));
            assertThat(browser.path()).isEqualTo(diary);
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Din dagbog");

            browser.submit(By.cssSelector("form.diary-form button[type=submit]"));
            assertThat(browser.find(By.id("text-error")).isDisplayed()).isTrue();

            browser.type(By.id("text"), ENTRY);
            browser.submit(By.cssSelector("form.diary-form button[type=submit]"));
            assertThat(notice(browser)).contains("privat");
            WebElement own = browser.find(By.cssSelector(".own-entries li"));
            assertThat(own.getText()).contains(ENTRY);
            assertThat(own.findElement(By.cssSelector(".visibility")).getText()).isEqualTo("Privat");
            entryPath = diary + "/" + own.getAttribute("id").substring("entry-".length());
            browser.screenshot("diary-private-da");

            browser.submit(own.findElement(By.cssSelector("button")));
            assertThat(notice(browser)).isEqualTo("Indlægget er delt med partnerskabet.");
            assertThat(browser.find(By.cssSelector(".own-entries .visibility")).getText())
                    .isEqualTo("Delt");
            browser.screenshot("diary-shared-da");
        }

        try (Browser browser = browser("en")) {
            browser.signIn("user-" + bo.value(), TestUsers.PASSWORD);
            browser.go(diary);
            assertThat(browser.find(By.cssSelector(".shared-entries")).getText())
                    .contains(ENTRY, "Shared");
        }

        try (Browser browser = browser("en")) {
            browser.signIn("user-" + anna.value(), TestUsers.PASSWORD);
            browser.go(diary);
            browser.submit(By.cssSelector(".own-entries li button"));
            assertThat(notice(browser)).isEqualTo("The entry is private again: only you read it.");
            assertThat(browser.find(By.cssSelector(".own-entries .visibility")).getText())
                    .isEqualTo("Private");
        }

        try (Browser browser = browser("en")) {
            browser.signIn("user-" + bo.value(), TestUsers.PASSWORD);
            browser.go(entryPath);
            assertThat(browser.path()).isEqualTo(diary);
            assertThat(browser.find(By.tagName("main")).getText()).doesNotContain(ENTRY);
            assertThat(browser.driver().findElements(By.cssSelector(".shared-entries")))
                    .isEmpty();
            browser.screenshot("diary-partner-after-unshare");
        }

        try (Browser browser = browser("en")) {
            browser.signIn("outsider-" + suffix, TestUsers.PASSWORD);
            browser.go(entryPath);
            String page = browser.find(By.tagName("body")).getText();
            assertThat(page).doesNotContain(ENTRY).doesNotStartWith("{");
            assertThat(browser.driver().getPageSource()).contains("<html");
        }
    }

    private static String notice(Browser browser) {
        return browser.find(By.cssSelector("p.notice[role=status]")).getText();
    }
}
