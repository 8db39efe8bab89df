package org.partnershipledger.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.core.decision.Parties.INSPECTOR;
import static org.partnershipledger.core.decision.Parties.KOMMUNE;
import static org.partnershipledger.core.decision.Parties.MANAGER;
import static org.partnershipledger.core.decision.Parties.MEDIATOR;
import static org.partnershipledger.core.decision.Parties.MODREHJAELPEN;
import static org.partnershipledger.core.decision.Parties.POLITI;
import static org.partnershipledger.core.decision.Parties.SECRETARY;
import static org.partnershipledger.core.decision.Parties.consent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;

class AttendeesTest {

    private static final List<Attendee> STEERING_GROUP =
            List.of(new Attendee(SECRETARY, MODREHJAELPEN), new Attendee(MANAGER, KOMMUNE), Attendee.guest(MEDIATOR));

    @Test
    void aMeetingsAttendeesAreKeptInTheirOrder() {
        assertThat(Attendees.require(STEERING_GROUP, "attendees")).containsExactlyElementsOf(STEERING_GROUP);
    }

    @Test
    void laterChangesToTheCallersListDoNotChangeTheAttendees() {
        List<Attendee> attendees = new ArrayList<>(STEERING_GROUP);
        List<Attendee> kept = Attendees.require(attendees, "attendees");

        attendees.clear();

        assertThat(kept).hasSize(3);
    }

    @Test
    void aMeetingWithoutAttendeesIsRejected() {
        assertThatThrownBy(() -> Attendees.require(List.of(), "attendees"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "attendees")
                .hasMessageContaining("at least one attendee");
    }

    @Test
    void aMissingAttendeeListIsRejected() {
        assertThatThrownBy(() -> Attendees.require(null, "attendees"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "attendees");
    }

    @Test
    void anEmptyEntryAmongTheAttendeesIsRejected() {
        assertThatThrownBy(() ->
                        Attendees.require(Arrays.asList(new Attendee(SECRETARY, MODREHJAELPEN), null), "attendees"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "attendees");
    }

    @Test
    void aPersonListedTwiceIsRejectedEvenForDifferentPartners() {
        List<Attendee> twice = List.of(new Attendee(MANAGER, KOMMUNE), new Attendee(MANAGER, POLITI));

        assertThatThrownBy(() -> Attendees.require(twice, "attendees"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "attendees")
                .hasMessageContaining(MANAGER.value());
    }

    @Test
    void aStanceGivenByARepresentativePresentIsAccepted() {
        assertThatCode(() -> Attendees.requireGivenByRepresentativePresent(
                        STEERING_GROUP, consent(KOMMUNE, MANAGER), "stances"))
                .doesNotThrowAnyException();
    }

    @Test
    void aStanceGivenBySomeoneAbsentIsRejected() {
        assertThatThrownBy(() -> Attendees.requireGivenByRepresentativePresent(
                        STEERING_GROUP, consent(POLITI, INSPECTOR), "stances"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "stances")
                .hasMessageContaining("did not attend as its representative");
    }

    @Test
    void aStanceGivenForAnotherPartnerThanTheOneRepresentedIsRejected() {
        assertThatThrownBy(() -> Attendees.requireGivenByRepresentativePresent(
                        STEERING_GROUP, consent(POLITI, MANAGER), "stances"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "stances");
    }

    @Test
    void aGuestCannotGiveAPartnersStance() {
        assertThatThrownBy(() -> Attendees.requireGivenByRepresentativePresent(
                        STEERING_GROUP, consent(MODREHJAELPEN, MEDIATOR), "stances"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "stances");
    }
}
