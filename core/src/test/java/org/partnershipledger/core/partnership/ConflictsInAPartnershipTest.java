package org.partnershipledger.core.partnership;

import static org.partnershipledger.core.partnership.KnownPartners.FREDERIKSBERG_KOMMUNE;
import static org.partnershipledger.core.partnership.KnownPartners.FREDERIKSBERG_POLITI;
import static org.partnershipledger.core.partnership.KnownPartners.MODREHJAELPEN;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.conflict.ConflictAlreadyEscalatedException;
import org.partnershipledger.core.conflict.ConflictAlreadyRaisedException;
import org.partnershipledger.core.conflict.ConflictCategory;
import org.partnershipledger.core.conflict.ConflictClosedException;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.ConflictNotEscalatedException;
import org.partnershipledger.core.conflict.ConflictOpening;
import org.partnershipledger.core.conflict.MediatorRef;
import org.partnershipledger.core.conflict.NoMediatorException;
import org.partnershipledger.core.conflict.ResolutionConsentMissingException;
import org.partnershipledger.core.conflict.UnknownConflictException;
import org.partnershipledger.core.partnership.PartnershipRules.NotAPartner;
import org.partnershipledger.core.partnership.PartnershipRules.PartnershipEnded;

class ConflictsInAPartnershipTest {

    private static final PartnershipId ID = new PartnershipId("violence-against-women");
    private static final LocalDate FORMED = LocalDate.of(2003, 8, 15);
    private static final LocalDate RAISED = LocalDate.of(2004, 2, 2);
    private static final LocalDate LATER = LocalDate.of(2004, 3, 3);
    private static final PartnerId NGO = MODREHJAELPEN.id();
    private static final PartnerId MUNICIPALITY = FREDERIKSBERG_KOMMUNE.id();
    private static final PartnerId POLICE = FREDERIKSBERG_POLITI.id();
    private static final ConflictId CONFLICT = new ConflictId("press-release");
    private static final MediatorRef CENTRE = new MediatorRef("Centre for Conflict Resolution", "");

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
    }

    private static PartnershipFormed formed() {
        return new PartnershipFormed(
                ID,
                "Violence against women",
                "Help",
                FORMED,
                List.of(MODREHJAELPEN, FREDERIKSBERG_KOMMUNE, FREDERIKSBERG_POLITI));
    }

    private static ConflictOpening opening() {
        return new ConflictOpening(
                NGO,
                List.of(MUNICIPALITY),
                "Press release",
                "The municipality spoke to the press before informing the partners",
                ConflictCategory.COMMUNICATION);
    }

    private static ConflictRaised raised() {
        return new ConflictRaised(
                ID,
                CONFLICT,
                NGO,
                List.of(MUNICIPALITY),
                "Press release",
                "The municipality spoke to the press before informing the partners",
                ConflictCategory.COMMUNICATION,
                RAISED);
    }

    @Test
    void aPartnerRaisesAConflictConcerningAnother() {
        fixture.given(formed())
                .when(new RaiseConflict(ID, CONFLICT, opening(), RAISED))
                .expectEvents(raised());
    }

    @Test
    void onlyAPartnerCanRaiseAConflict() {
        ConflictOpening byStranger =
                new ConflictOpening(new PartnerId("stranger"), List.of(MUNICIPALITY), "t", "d", ConflictCategory.OTHER);

        fixture.given(formed())
                .when(new RaiseConflict(ID, CONFLICT, byStranger, RAISED))
                .expectException(NotAPartner.class);
    }

    @Test
    void aConflictCanOnlyConcernPartners() {
        ConflictOpening aboutStranger =
                new ConflictOpening(NGO, List.of(new PartnerId("stranger")), "t", "d", ConflictCategory.OTHER);

        fixture.given(formed())
                .when(new RaiseConflict(ID, CONFLICT, aboutStranger, RAISED))
                .expectException(NotAPartner.class);
    }

    @Test
    void aConflictIdIsUsedOnce() {
        fixture.given(formed(), raised())
                .when(new RaiseConflict(ID, CONFLICT, opening(), RAISED))
                .expectException(ConflictAlreadyRaisedException.class);
    }

    @Test
    void aConflictInADissolvedPartnershipCannotBeRaised() {
        fixture.given(formed(), new PartnershipDissolved(ID, "Fewer than two partners remain", RAISED))
                .when(new RaiseConflict(ID, CONFLICT, opening(), RAISED))
                .expectException(PartnershipEnded.class);
    }

    @Test
    void aDialogueIsRecordedAsAStep() {
        fixture.given(formed(), raised())
                .when(new RecordConflictStep(ID, CONFLICT, "Talked it through at the steering group", LATER))
                .expectEvents(new ConflictStepRecorded(ID, CONFLICT, "Talked it through at the steering group", LATER));
    }

    @Test
    void aStepOnAnUnknownConflictIsRefused() {
        fixture.given(formed())
                .when(new RecordConflictStep(ID, CONFLICT, "note", LATER))
                .expectException(UnknownConflictException.class);
    }

    @Test
    void aConflictIsEscalatedToAnAppointedMediator() {
        fixture.given(formed(), raised())
                .when(new EscalateConflict(ID, CONFLICT, CENTRE, LATER))
                .expectEvents(new ConflictEscalated(ID, CONFLICT, CENTRE, LATER));
    }

    @Test
    void withoutAMediatorNamedOrAppointedAConflictCannotBeEscalated() {
        fixture.given(formed(), raised())
                .when(new EscalateConflict(ID, CONFLICT, null, LATER))
                .expectException(NoMediatorException.class);
    }

    @Test
    void aResolvedConflictCannotBeEscalated() {
        fixture.given(
                        formed(),
                        raised(),
                        new ConflictResolved(ID, CONFLICT, "Agreed", Set.of(NGO, MUNICIPALITY), LATER))
                .when(new EscalateConflict(ID, CONFLICT, CENTRE, LATER))
                .expectException(ConflictClosedException.class);
    }

    @Test
    void aMediationSessionNeedsAnEscalatedConflict() {
        fixture.given(formed(), raised())
                .when(new RecordMediationSession(ID, CONFLICT, "First session", LATER))
                .expectException(ConflictNotEscalatedException.class);
    }

    @Test
    void theMediatorHoldsSessionsOnAnEscalatedConflict() {
        fixture.given(formed(), raised(), new ConflictEscalated(ID, CONFLICT, CENTRE, LATER))
                .when(new RecordMediationSession(ID, CONFLICT, "First session", LATER))
                .expectEvents(new MediationSessionRecorded(ID, CONFLICT, "First session", LATER));
    }

    @Test
    void aConflictIsResolvedWithTheConsentOfThePartnersInvolved() {
        fixture.given(formed(), raised())
                .when(new ResolveConflict(
                        ID, CONFLICT, "Partners inform each other first", Set.of(NGO, MUNICIPALITY), LATER))
                .expectEvents(new ConflictResolved(
                        ID, CONFLICT, "Partners inform each other first", Set.of(NGO, MUNICIPALITY), LATER));
    }

    @Test
    void aResolutionWithoutTheConsentOfAPartnerInvolvedIsRefused() {
        fixture.given(formed(), raised())
                .when(new ResolveConflict(ID, CONFLICT, "Decided over their heads", Set.of(NGO, POLICE), LATER))
                .expectException(ResolutionConsentMissingException.class);
    }

    @Test
    void aConflictIsAbandonedWithAReason() {
        fixture.given(formed(), raised())
                .when(new AbandonConflict(ID, CONFLICT, "No longer relevant", LATER))
                .expectEvents(new ConflictAbandoned(ID, CONFLICT, "No longer relevant", LATER));
    }

    @Test
    void anAbandonedConflictTakesNoMoreSteps() {
        fixture.given(formed(), raised(), new ConflictAbandoned(ID, CONFLICT, "No longer relevant", LATER))
                .when(new RecordConflictStep(ID, CONFLICT, "note", LATER))
                .expectException(ConflictClosedException.class);
    }

    @Test
    void anEscalatedConflictIsAlreadyWithTheMediator() {
        fixture.given(formed(), raised(), new ConflictEscalated(ID, CONFLICT, CENTRE, LATER))
                .when(new EscalateConflict(ID, CONFLICT, CENTRE, LATER))
                .expectException(ConflictAlreadyEscalatedException.class);
    }
}
