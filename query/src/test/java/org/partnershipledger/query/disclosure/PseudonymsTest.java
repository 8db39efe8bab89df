package org.partnershipledger.query.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;

class PseudonymsTest {

    private static final PersonId ANNE = new PersonId("anne");
    private static final PersonId MADS = new PersonId("mads");

    private final byte[] key = key(1);
    private final Pseudonyms pseudonyms = new Pseudonyms(key);

    private static byte[] key(int fill) {
        byte[] key = new byte[Pseudonyms.KEY_BYTES];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void aPersonHasTheSamePseudonymEveryTime() {
        assertThat(pseudonyms.of(ANNE)).isEqualTo(pseudonyms.of(new PersonId("anne")));
        assertThat(pseudonyms.of(ANNE)).isEqualTo(new Pseudonyms(key(1)).of(ANNE));
    }

    @Test
    void twoPersonsHaveDifferentPseudonyms() {
        assertThat(pseudonyms.of(ANNE)).isNotEqualTo(pseudonyms.of(MADS));
    }

    @Test
    void anotherKeyGivesAnotherPseudonym() {
        assertThat(new Pseudonyms(key(2)).of(ANNE)).isNotEqualTo(pseudonyms.of(ANNE));
    }

    @Test
    void aPseudonymIsPersonFollowedByTwelveHexadecimalCharactersAndNotTheId() {
        assertThat(pseudonyms.of(ANNE).value()).matches("person-[0-9a-f]{12}").doesNotContain("anne");
    }

    @Test
    void aCitizenAndAMediatorAreNamedByPseudonymsOfTheirOwn() {
        assertThat(pseudonyms.citizen(new PartnerId("anne"))).matches("citizen-[0-9a-f]{12}");
        assertThat(pseudonyms.mediator("Hanne Holm")).matches("mediator-[0-9a-f]{12}");
    }

    @Test
    void changingTheKeyArrayAfterwardsChangesNoPseudonym() {
        PersonId before = pseudonyms.of(ANNE);
        Arrays.fill(key, (byte) 9);

        assertThat(pseudonyms.of(ANNE)).isEqualTo(before);
    }

    @Test
    void aKeyShorterThan32BytesIsRefused() {
        assertThatThrownBy(() -> new Pseudonyms(new byte[16])).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void newKeysDiffer() {
        assertThat(Pseudonyms.newKey()).hasSize(Pseudonyms.KEY_BYTES).isNotEqualTo(Pseudonyms.newKey());
    }
}
