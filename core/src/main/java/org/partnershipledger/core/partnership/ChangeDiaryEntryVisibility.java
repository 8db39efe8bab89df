package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.diary.DiaryEntryId;
import org.partnershipledger.core.diary.Visibility;

/** The author shares a diary entry with the partnership, or makes it private again. */
public record ChangeDiaryEntryVisibility(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        DiaryEntryId entryId,
        PersonId requestedBy,
        Visibility visibility,
        LocalDate occurredOn) {

    public ChangeDiaryEntryVisibility {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(entryId, "entryId");
        Values.requirePresent(requestedBy, "requestedBy");
        Values.requirePresent(visibility, "visibility");
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
