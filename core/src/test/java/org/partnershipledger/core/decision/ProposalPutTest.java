package org.partnershipledger.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.core.decision.Parties.KOMMUNE;
import static org.partnershipledger.core.decision.Parties.MANAGER;
import static org.partnershipledger.core.decision.Parties.MODREHJAELPEN;
import static org.partnershipledger.core.decision.Parties.SECRETARY;
import static org.partnershipledger.core.decision.Parties.SOCIAL_WORKER;
import static org.partnershipledger.core.decision.Parties.consent;
import static org.partnershipledger.core.decision.Parties.objection;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;

class ProposalPutTest {

    private static final Proposal NAME_A_MEDIATOR =
            new Proposal(new ProposalId("name-a-mediator"), "Name a mediator", MODREHJAELPEN, null);

    @Test
    void aProposalMayBePutWithoutStancesWhenNobodyAnsweredAtTheMeeting() {
        assertThat(new ProposalPut(NAME_A_MEDIATOR, List.of()).stances()).isEmpty();
    }

    @Test
    void eachPartnerPresentGivesItsOwnStance() {
        ProposalPut put =
                new ProposalPut(NAME_A_MEDIATOR, List.of(consent(MODREHJAELPEN, SECRETARY), consent(KOMMUNE, MANAGER)));

        assertThat(put.stances()).hasSize(2);
    }

    @Test
    void twoStancesOfOnePartnerByItsTwoRepresentativesAreRejected() {
        List<StanceGiven> twice = List.of(consent(KOMMUNE, MANAGER), objection(KOMMUNE, SOCIAL_WORKER));

        assertThatThrownBy(() -> new ProposalPut(NAME_A_MEDIATOR, twice))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "proposal.stances")
                .hasMessageContaining("one stance per proposal");
    }

    @Test
    void aProposalPutWithoutTheProposalIsRejected() {
        assertThatThrownBy(() -> new ProposalPut(null, List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "proposal");
    }

    @Test
    void anEmptyEntryAmongTheStancesIsRejected() {
        assertThatThrownBy(() -> new ProposalPut(NAME_A_MEDIATOR, Arrays.asList(consent(KOMMUNE, MANAGER), null)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "proposal.stances");
    }

    @Test
    void aMeetingsProposalsAreKeptInTheirOrder() {
        ProposalPut cadence = new ProposalPut(
                new Proposal(new ProposalId("meet-quarterly"), "Meet every quarter", KOMMUNE, 1), List.of());
        ProposalPut mediator = new ProposalPut(NAME_A_MEDIATOR, List.of());

        assertThat(ProposalPut.requireList(List.of(cadence, mediator), "proposals"))
                .containsExactly(cadence, mediator);
    }

    @Test
    void theSameProposalPutTwiceToAMeetingIsRejected() {
        ProposalPut put = new ProposalPut(NAME_A_MEDIATOR, List.of());

        assertThatThrownBy(() -> ProposalPut.requireList(List.of(put, put), "proposals"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "proposals")
                .hasMessageContaining("name-a-mediator");
    }
}
