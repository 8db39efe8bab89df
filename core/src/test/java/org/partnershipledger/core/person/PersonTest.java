package org.partnershipledger.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.CommandValues;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Personal;
import org.partnershipledger.core.Values;

class PersonTest {

    private static final PersonId EVA = new PersonId("p-eva");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    private static final PersonDetails DETAILS =
            new PersonDetails("Eva Winther", "eva@example.dk", "+45 12 34 56 78", "Mødrehjælpen");

    private FixtureConfiguration<Person> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
        fixture.registerCommandHandlerInterceptor(new CommandValues());
    }

    private static PersonRegistered registered() {
        return new PersonRegistered(EVA, "Eva Winther", "eva@example.dk", "+45 12 34 56 78", "Mødrehjælpen", DAY);
    }

    @Test
    void aRegisteredPersonHasTheirDetailsOnRecord() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(EVA, DETAILS, DAY))
                .expectEvents(registered());
    }

    @Test
    void aPersonNeedsNoMoreThanAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(EVA, new PersonDetails("Eva Winther", " ", null, ""), DAY))
                .expectEvents(new PersonRegistered(EVA, "Eva Winther", null, null, null, DAY));
    }

    @Test
    void aNameIsTakenAsANameOnOneLineAndNormalised() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(EVA, new PersonDetails("  Eva\u200B Winther ", null, null, null), DAY))
                .expectException(InvalidValueException.class);
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(EVA, new PersonDetails("  Eva Winther  ", null, null, null), DAY))
                .expectEvents(new PersonRegistered(EVA, "Eva Winther", null, null, null, DAY));
    }

    @Test
    void aCorrectionReplacesTheDetailsOnRecord() {
        fixture.given(registered())
                .when(new CorrectPersonDetails(
                        EVA, new PersonDetails("Eva Winther Holm", "eva@example.dk", null, null), DAY.plusDays(1)))
                .expectEvents(new PersonDetailsCorrected(
                        EVA, "Eva Winther Holm", "eva@example.dk", null, null, DAY.plusDays(1)));
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() {
        fixture.given(registered())
                .when(new CorrectPersonDetails(EVA, DETAILS, DAY.plusDays(1)))
                .expectException(PersonDetailsUnchangedException.class);
    }

    @Test
    void anErasedPersonTakesNoNewDetails() {
        fixture.given(new PersonRegistered(EVA, Personal.ERASED, Personal.ERASED, null, null, DAY))
                .when(new CorrectPersonDetails(EVA, DETAILS, DAY.plusDays(1)))
                .expectException(PersonErasedException.class);
    }

    @Test
    void anAddressWithoutAnAtSignIsNoEmailAddress() {
        assertThatThrownBy(() -> new PersonDetails("Eva", "eva.example.dk", null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "email");
    }

    @Test
    void lettersAreNoPhoneNumber() {
        assertThatThrownBy(() -> new PersonDetails("Eva", null, "call me", null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "phone");
    }

    @Test
    void aPersonWithoutANameIsRefused() {
        assertThatThrownBy(() -> new PersonDetails(" ", "eva@example.dk", null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "name");
    }

    @Test
    void newPersonIdsAreOpaqueAndKeepTheIdAlphabet() {
        PersonId id = PersonId.generate();

        assertThat(id.value()).startsWith("p-").hasSize(22);
        assertThat(Values.ID.matcher(id.value()).matches()).isTrue();
        assertThat(PersonId.generate()).isNotEqualTo(id);
    }
}
