package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in to the pages in a real browser, in Danish for a Danish browser and in English on request. */
class SignInPagesTest extends BrowserTest {

    @Test
    void aDanishBrowserSignsInInDanishAndCanSwitchToEnglish() throws Exception {
        users.create("sofie", TestUsers.PASSWORD, null, Set.of());
        try (Browser browser = browser("da")) {
            browser.go("/login");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Log ind");
            browser.screenshot("sign-in-da");

            browser.submit(By.linkText("English"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Sign in");

            browser.signIn("sofie", "not the password");
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).contains("not accepted");
            browser.screenshot("sign-in-refused");

            browser.signIn("sofie", TestUsers.PASSWORD);
            assertThat(browser.path()).isEqualTo("/partnerships");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Partnerships");
            assertThat(browser.find(By.cssSelector("form.sign-out")).getText()).contains("sofie");
            browser.screenshot("partnerships-empty");
        }
    }
}
