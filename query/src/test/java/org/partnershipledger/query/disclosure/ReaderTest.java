package org.partnershipledger.query.disclosure;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;

class ReaderTest {

    private static final PersonId ANNE = new PersonId("anne");

    @Test
    void aResearcherDoesNotReadAsARepresentativeToo() {
        assertThatThrownBy(() -> new Reader(ANNE, true, Set.of(new PartnerId("p-1")), false))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aResearcherDoesNotReadAsTheMediatorToo() {
        assertThatThrownBy(() -> new Reader(ANNE, true, Set.of(), true)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aResearcherIsNotReadForWithoutPseudonyms() {
        assertThatThrownBy(() -> Redaction.of(Reader.researcher(ANNE), null)).isInstanceOf(InvalidValueException.class);
    }
}
