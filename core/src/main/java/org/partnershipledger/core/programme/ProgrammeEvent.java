package org.partnershipledger.core.programme;

import org.partnershipledger.core.DomainEvent;

/** Everything that can happen to a programme, so a switch over its history is checked. */
public sealed interface ProgrammeEvent extends DomainEvent
        permits ProgrammeStarted, TreatmentRelationshipDeclared, PairMatched, ProgrammeMeetingRecorded {

    ProgrammeId programmeId();
}
