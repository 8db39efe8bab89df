package org.partnershipledger.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a text, a name, an id and a date sent to the ledger may be. */
class ValuesTest {

    @Test
    void aTextIsKeptInOneNormalisationForm() {
        assertThat(Values.freeText("Caf\u0065\u0301 i Vejle", "topic")).isEqualTo("Caf\u00e9 i Vejle");
    }

    @Test
    void aTextKeepsItsLineBreaksAndTabsAsLineFeeds() {
        assertThat(Values.freeText("one\r\ntwo\rthree\n\tfour", "minutes")).isEqualTo("one\ntwo\nthree\n\tfour");
    }

    @Test
    void aTextWithALoneSurrogateIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Values.freeText("Who decides \ud800 here", "topic"))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("topic");
                    assertThat(refused.reason()).contains("not valid Unicode");
                });
    }

    @Test
    void aTextWithReversedSurrogatesIsRefused() {
        assertThatThrownBy(() -> Values.freeText("\udc00\ud800", "note")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aTextWithAPairedSurrogateIsKept() {
        assertThat(Values.freeText("We agreed \ud83e\udd1d", "note")).isEqualTo("We agreed \ud83e\udd1d");
    }

    @Test
    void aCharacterBeyondTheBasicPlaneWhoseLowBitsLookLikeASurrogateIsKept() {
        // U+2D800, a CJK ideograph of Extension F: its code point ends in D800, its UTF-16 is a proper pair.
        assertThat(Values.freeText("\ud875\udc00", "note")).isEqualTo("\ud875\udc00");
        assertThat(Values.name("\ud875\udc00", "name")).isEqualTo("\ud875\udc00");
    }

    @Test
    void aTextWithNulIsRefused() {
        assertThatThrownBy(() -> Values.freeText("a\u0000b", "note"))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.reason())
                        .contains("U+0000"));
    }

    @Test
    void aTextWithAnotherControlCharacterIsRefused() {
        assertThatThrownBy(() -> Values.freeText("bell\u0007", "note")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Values.freeText("c1\u0085", "note")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Values.freeText("del\u007f", "note")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aTextWithANoncharacterIsRefused() {
        assertThatThrownBy(() -> Values.freeText("a\uffffb", "note")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aFreeTextMayChangeDirectionForAWritingThatNeedsIt() {
        assertThat(Values.freeText("\u202bשלום\u202c", "note")).isEqualTo("\u202bשלום\u202c");
    }

    @Test
    void aNameWithADirectionOverrideIsRefused() {
        assertThatThrownBy(() -> Values.name("Vold mod \u202ekvinder", "name"))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.reason())
                        .contains("U+202E"));
    }

    @Test
    void aNameWithAZeroWidthCharacterIsRefused() {
        assertThatThrownBy(() -> Values.name("Esbjerg\u200b Kommune", "name"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Values.name("\ufeffEsbjerg", "name")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aNameIsOnOneLine() {
        assertThatThrownBy(() -> Values.name("Esbjerg\nKommune", "name"))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.reason())
                        .isEqualTo("must be on one line"));
    }

    @Test
    void aNameInOtherScriptsIsKept() {
        assertThat(Values.name("Kalaallit Nunaanni Ilinniarfik – Ø", "name"))
                .isEqualTo("Kalaallit Nunaanni Ilinniarfik – Ø");
    }

    @Test
    void idsAsTheLedgerMakesThemAndAsTheDemoNamesThemAreTaken() {
        assertThat(Values.id("7de1a0c2-5b7e-4f7e-9a55-0c3c6a4b2f10", "partnershipId"))
                .isNotNull();
        assertThat(Values.id("vold-mod-kvinder", "partnershipId")).isNotNull();
        assertThat(Values.id("lone_kjaer.2", "person")).isNotNull();
    }

    @Test
    void anIdOutsideItsAlphabetIsRefused() {
        for (String id : new String[] {"a b", "a\u0000", "\ud800", "x\u202e", "-leading", "é", "a/b", ""}) {
            assertThatThrownBy(() -> Values.id(id, "person"))
                    .as(id)
                    .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.field())
                            .isEqualTo("person"));
        }
    }

    @Test
    void anIdLongerThan64CharactersIsRefusedWithoutRepeatingIt() {
        String huge = "a".repeat(100_000);
        assertThatThrownBy(() -> Values.id(huge, "person"))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.getMessage())
                        .hasSizeLessThan(200));
        assertThat(Values.id("a".repeat(64), "person")).hasSize(64);
    }

    @Test
    void aDateIsWithin1900And2200() {
        assertThat(Values.date(LocalDate.of(1900, 1, 1), "occurredOn")).isEqualTo("1900-01-01");
        assertThat(Values.date(LocalDate.of(2200, 12, 31), "occurredOn")).isEqualTo("2200-12-31");
        assertThatThrownBy(() -> Values.date(LocalDate.of(1899, 12, 31), "occurredOn"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Values.date(LocalDate.MIN, "occurredOn"))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.field())
                        .isEqualTo("occurredOn"));
        assertThatThrownBy(() -> Values.date(LocalDate.MAX, "endsOn")).isInstanceOf(InvalidValueException.class);
    }
}
