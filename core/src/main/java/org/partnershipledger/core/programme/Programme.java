package org.partnershipledger.core.programme;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.partnershipledger.core.PersonId;

/**
 * An equal-partnership programme: a facilitator matches experience experts with strategic leaders in
 * pairs, opens with a joint kick-off and closes with a joint evaluation. It is neither mentoring nor
 * treatment. What happens within a pair (its meetings, its diaries) is recorded on the pair's own
 * partnership, not here.
 */
@AggregateRoot
public class Programme {

    @AggregateIdentifier
    private ProgrammeId programmeId;

    private PersonId facilitator;
    private LocalDate endsOn;
    private final TreatmentRelationships treatmentRelationships = new TreatmentRelationships();
    private final Pairs pairs = new Pairs();
    private final JointMeetings jointMeetings = new JointMeetings();

    protected Programme() {}

    @CommandHandler
    public Programme(StartProgramme command) {
        apply(new ProgrammeStarted(
                command.programmeId(), command.name(), command.facilitator(), command.startsOn(), command.endsOn()));
    }

    @CommandHandler
    void handle(DeclareTreatmentRelationship command) {
        treatmentRelationships.requireNotYetDeclared(programmeId, command.person(), command.closeTo());
        apply(new TreatmentRelationshipDeclared(
                programmeId, command.person(), command.closeTo(), command.occurredOn()));
    }

    @CommandHandler
    void handle(MatchPair command) {
        requireOpenForMatching(command.occurredOn());
        requireNotTheFacilitator(command.experienceExpert());
        requireNotTheFacilitator(command.strategicLeader());
        pairs.requireNew(programmeId, command.pairId(), command.pairPartnership());
        pairs.requireUnpaired(programmeId, command.experienceExpert());
        pairs.requireUnpaired(programmeId, command.strategicLeader());
        treatmentRelationships.requireNoneBetween(programmeId, command.experienceExpert(), command.strategicLeader());
        apply(new PairMatched(
                programmeId,
                command.pairId(),
                command.experienceExpert(),
                command.strategicLeader(),
                command.pairPartnership(),
                command.occurredOn()));
    }

    @CommandHandler
    void handle(RecordProgrammeMeeting command) {
        jointMeetings.requireRecordable(programmeId, command.kind(), command.occurredOn());
        apply(new ProgrammeMeetingRecorded(programmeId, command.kind(), command.occurredOn(), command.attendees()));
    }

    // Matching is part of start-up; once the evaluation is held the programme is closed, whatever the date.
    private void requireOpenForMatching(LocalDate matchedOn) {
        jointMeetings.wrappedUpOn().ifPresent(wrappedUpOn -> {
            throw new ProgrammeWrappedUpException(programmeId, wrappedUpOn);
        });
        if (matchedOn.isAfter(endsOn)) {
            throw new ProgrammeEndedException(programmeId, endsOn, matchedOn);
        }
    }

    private void requireNotTheFacilitator(PersonId person) {
        if (person.equals(facilitator)) {
            throw new FacilitatorInPairException(programmeId, facilitator);
        }
    }

    @EventSourcingHandler
    void on(ProgrammeStarted event) {
        this.programmeId = event.programmeId();
        this.facilitator = event.facilitator();
        this.endsOn = event.endsOn();
    }

    @EventSourcingHandler
    void on(TreatmentRelationshipDeclared event) {
        treatmentRelationships.on(event);
    }

    @EventSourcingHandler
    void on(PairMatched event) {
        pairs.on(event);
    }

    @EventSourcingHandler
    void on(ProgrammeMeetingRecorded event) {
        jointMeetings.on(event);
    }
}
