package org.partnershipledger.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.core.decision.Parties.KOMMUNE;
import static org.partnershipledger.core.decision.Parties.MANAGER;
import static org.partnershipledger.core.decision.Parties.MEDIATOR;
import static org.partnershipledger.core.decision.Parties.MEETING_DAY;
import static org.partnershipledger.core.decision.Parties.MODREHJAELPEN;

import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;

class DecisionValuesTest {

    private static final ProposalId ID = new ProposalId("name-a-mediator");

    @Test
    void aBlankMeetingIdIsRejected() {
        assertThatThrownBy(() -> new MeetingId(" "))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "meetingId");
    }

    @Test
    void aBlankProposalIdIsRejected() {
        assertThatThrownBy(() -> new ProposalId(""))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "proposalId");
    }

    @Test
    void generatedIdsDiffer() {
        assertThat(MeetingId.generate()).isNotEqualTo(MeetingId.generate());
        assertThat(ProposalId.generate()).isNotEqualTo(ProposalId.generate());
    }

    @Test
    void idsReadAsTheirBareValue() {
        assertThat(new MeetingId("steering-2004-03")).hasToString("steering-2004-03");
        assertThat(ID).hasToString("name-a-mediator");
    }

    @Test
    void anAttendeeWithoutAPartnerIsAGuest() {
        assertThat(Attendee.guest(MEDIATOR).attendsAsGuest()).isTrue();
        assertThat(new Attendee(MANAGER, KOMMUNE).attendsAsGuest()).isFalse();
    }

    @Test
    void anAttendeeWithoutAPersonIsRejected() {
        assertThatThrownBy(() -> new Attendee(null, KOMMUNE))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "attendee.person");
    }

    @Test
    void aStanceWithoutAReasonHasAnEmptyReason() {
        assertThat(new StanceGiven(KOMMUNE, Stance.ABSTAIN, MANAGER, null, MEETING_DAY).reason())
                .isEmpty();
    }

    @Test
    void aStancesReasonIsRecordedWithoutSurroundingWhitespace() {
        assertThat(new StanceGiven(KOMMUNE, Stance.OBJECT, MANAGER, "  Outside our budget ", MEETING_DAY).reason())
                .isEqualTo("Outside our budget");
    }

    @Test
    void aStanceWithoutAPartnerIsRejected() {
        assertThatThrownBy(() -> new StanceGiven(null, Stance.CONSENT, MANAGER, null, MEETING_DAY))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "stance.partner");
    }

    @Test
    void aStanceWithoutAnAnswerIsRejected() {
        assertThatThrownBy(() -> new StanceGiven(KOMMUNE, null, MANAGER, null, MEETING_DAY))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "stance.stance");
    }

    @Test
    void aStanceWithoutTheRepresentativeGivingItIsRejected() {
        assertThatThrownBy(() -> new StanceGiven(KOMMUNE, Stance.CONSENT, null, null, MEETING_DAY))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "stance.givenBy");
    }

    @Test
    void aStanceWithoutADateIsRejected() {
        assertThatThrownBy(() -> new StanceGiven(KOMMUNE, Stance.CONSENT, MANAGER, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "stance.occurredOn");
    }

    @Test
    void aProposalsTextIsRecordedWithoutSurroundingWhitespace() {
        assertThat(new Proposal(ID, " Name a mediator ", MODREHJAELPEN, null).text())
                .isEqualTo("Name a mediator");
    }

    @Test
    void aProposalMayConcernAnAgreementVersion() {
        assertThat(new Proposal(ID, "Amend the exit rules", MODREHJAELPEN, 2).concernsVersion())
                .isEqualTo(2);
    }

    @Test
    void aProposalWithoutAnIdIsRejected() {
        assertThatThrownBy(() -> new Proposal(null, "Name a mediator", MODREHJAELPEN, null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "proposal.id");
    }

    @Test
    void aProposalWithABlankTextIsRejected() {
        assertThatThrownBy(() -> new Proposal(ID, " ", MODREHJAELPEN, null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "proposal.text");
    }

    @Test
    void aProposalWithoutItsProposerIsRejected() {
        assertThatThrownBy(() -> new Proposal(ID, "Name a mediator", null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "proposal.proposedBy");
    }

    @Test
    void aProposalConcerningVersionZeroIsRejected() {
        assertThatThrownBy(() -> new Proposal(ID, "Amend the exit rules", MODREHJAELPEN, 0))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "proposal.concernsVersion");
    }

    @Test
    void onlyAPendingOutcomeIsUnsettled() {
        assertThat(Outcome.PENDING.isSettled()).isFalse();
        assertThat(Outcome.ADOPTED.isSettled()).isTrue();
        assertThat(Outcome.BLOCKED.isSettled()).isTrue();
        assertThat(Outcome.NOT_ADOPTED.isSettled()).isTrue();
        assertThat(Outcome.RETRACTED.isSettled()).isTrue();
    }
}
