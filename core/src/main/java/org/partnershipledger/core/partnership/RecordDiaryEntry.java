package org.partnershipledger.core.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.Values;
import org.partnershipledger.core.diary.DiaryEntry;
import org.partnershipledger.core.diary.DiaryEntryId;

/** A representative writes in their diary of the partnership; private unless they share it. */
public record RecordDiaryEntry(
        @TargetAggregateIdentifier PartnershipId partnershipId, DiaryEntryId entryId, DiaryEntry entry) {

    public RecordDiaryEntry {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(entryId, "entryId");
        Values.requirePresent(entry, "entry");
    }
}
