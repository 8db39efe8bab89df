package org.partnershipledger.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.Values;
import org.springframework.context.support.ResourceBundleMessageSource;

class ValueReasonsTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Test
    void everyReasonTheDomainGivesForATextANameAnIdOrADateReadsInDanishWithItsDetails() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/common");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        List<InvalidValueException> refused = List.of(
                refused(() -> Values.requireText(" ", "minutes")),
                refused(() -> Values.requirePresent(null, "heldOn")),
                refused(() -> Values.freeText("a\u0007b", "minutes")),
                refused(() -> Values.freeText("a\uD800", "minutes")),
                refused(() -> Values.name("two\nlines", "name")),
                refused(() -> Values.name("a\u200Bb", "name")),
                refused(() -> Values.id("-no", "partner")),
                refused(() -> Values.date(LocalDate.of(1899, 12, 31), "occurredOn")));
        for (InvalidValueException invalid : refused) {
            ValueReasons.Reason reason = ValueReasons.of(invalid.reason())
                    .orElseThrow(() -> new AssertionError("no Danish words for: " + invalid.reason()));
            String danish = messages.getMessage(reason.key(), reason.arguments(), DANISH);
            assertThat(danish).as(invalid.reason()).doesNotContain("must", "character", "{");
        }
        ValueReasons.Reason control = ValueReasons.of(
                        refused(() -> Values.freeText("a\u0007b", "minutes")).reason())
                .orElseThrow();
        assertThat(messages.getMessage(control.key(), control.arguments(), DANISH))
                .isEqualTo("må ikke indeholde kontroltegnet U+0007 (tegn nr. 2)");
    }

    @Test
    void aReasonNoOneHasWordedYetIsNotGuessed() {
        assertThat(ValueReasons.of("a checkpoint covers at least one event")).isEmpty();
    }

    private static InvalidValueException refused(Supplier<?> value) {
        try {
            value.get();
        } catch (InvalidValueException refused) {
            return refused;
        }
        throw new AssertionError("the value was taken");
    }
}
