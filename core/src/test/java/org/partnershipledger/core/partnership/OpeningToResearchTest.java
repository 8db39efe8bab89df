package org.partnershipledger.core.partnership;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.core.partnership.KnownPartners.MODREHJAELPEN;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.decision.DecisionNotAdoptedException;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.Outcome;
import org.partnershipledger.core.decision.Proposal;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.UnknownProposalException;
import org.partnershipledger.core.partnership.ClosePartnership.ClosingReason;
import org.partnershipledger.core.partnership.PartnershipRules.AlreadyOpenToResearch;
import org.partnershipledger.core.partnership.PartnershipRules.PartnershipEnded;

class OpeningToResearchTest {

    private static final PartnershipId ID = new PartnershipId("greenlanders-in-esbjerg");
    private static final LocalDate FORMED = LocalDate.of(2003, 3, 1);
    private static final LocalDate MEETING = LocalDate.of(2004, 6, 10);
    private static final LocalDate LATER = LocalDate.of(2004, 6, 20);
    private static final MeetingId STEERING = new MeetingId("steering-2004-06");
    private static final Proposal OPEN =
            new Proposal(new ProposalId("open-to-research"), "Open our history to research", MODREHJAELPEN.id(), null);

    private TestExecutor<Partnership> fixture;

    @BeforeEach
    void setUp() {
        FixtureConfiguration<Partnership> configuration = new AggregateTestFixture<>(Partnership.class);
        fixture = configuration.given(
                new PartnershipFormed(ID, "Greenlanders in Esbjerg", "Inclusion", FORMED, KnownPartners.TWO),
                new ProposalRecorded(ID, OPEN, STEERING, MEETING));
    }

    @Test
    void aPartnershipOpensItsHistoryToResearchByADecisionInAgreement() {
        fixture.andGiven(new DecisionReached(ID, OPEN.id(), Outcome.ADOPTED, MEETING))
                .when(new OpenToResearch(ID, OPEN.id(), LATER))
                .expectEvents(new OpenedToResearch(ID, OPEN.id(), LATER));
    }

    @Test
    void aBlockedDecisionDoesNotOpenTheHistory() {
        fixture.andGiven(new DecisionReached(ID, OPEN.id(), Outcome.BLOCKED, MEETING))
                .when(new OpenToResearch(ID, OPEN.id(), LATER))
                .expectException(DecisionNotAdoptedException.class);
    }

    @Test
    void aPendingProposalDoesNotOpenTheHistory() {
        fixture.when(new OpenToResearch(ID, OPEN.id(), LATER)).expectException(DecisionNotAdoptedException.class);
    }

    @Test
    void aProposalNeverPutDoesNotOpenTheHistory() {
        fixture.when(new OpenToResearch(ID, new ProposalId("never-put"), LATER))
                .expectException(UnknownProposalException.class);
    }

    @Test
    void aHistoryIsOpenedToResearchOnce() {
        fixture.andGiven(
                        new DecisionReached(ID, OPEN.id(), Outcome.ADOPTED, MEETING),
                        new OpenedToResearch(ID, OPEN.id(), LATER))
                .when(new OpenToResearch(ID, OPEN.id(), LATER.plusDays(1)))
                .expectException(AlreadyOpenToResearch.class);
    }

    @Test
    void nothingDatedAfterTheClosingOpensTheHistory() {
        fixture.andGiven(
                        new DecisionReached(ID, OPEN.id(), Outcome.ADOPTED, MEETING),
                        new PartnershipClosed(ID, ClosingReason.TERM_ENDED, null, LATER))
                .when(new OpenToResearch(ID, OPEN.id(), LATER))
                .expectException(PartnershipEnded.class);
    }

    @Test
    void anOpeningNamesTheAdoptedProposal() {
        assertThatThrownBy(() -> new OpenToResearch(ID, null, LATER))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "proposalId");
    }
}
