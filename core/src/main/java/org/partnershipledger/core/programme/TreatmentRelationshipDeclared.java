package org.partnershipledger.core.programme;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PersonId;

/** A person declared being close to another in a course of treatment; it holds either way round. */
@Revision("1")
public record TreatmentRelationshipDeclared(
        ProgrammeId programmeId, PersonId person, PersonId closeTo, LocalDate occurredOn) implements ProgrammeEvent {}
