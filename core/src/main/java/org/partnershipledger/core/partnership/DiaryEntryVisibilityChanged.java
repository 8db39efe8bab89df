package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.diary.DiaryEntryId;
import org.partnershipledger.core.diary.Visibility;

/** The author shared a diary entry, or made it private again. */
@Revision("1")
public record DiaryEntryVisibilityChanged(
        PartnershipId partnershipId, DiaryEntryId entryId, Visibility visibility, LocalDate occurredOn)
        implements PartnershipEvent {}
