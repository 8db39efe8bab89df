package org.partnershipledger.core.programme;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;

/** An experience expert and a strategic leader were matched; from here on they are the partnership named. */
@Revision("1")
public record PairMatched(
        ProgrammeId programmeId,
        PairId pairId,
        PersonId experienceExpert,
        PersonId strategicLeader,
        PartnershipId pairPartnership,
        LocalDate occurredOn)
        implements ProgrammeEvent {}
