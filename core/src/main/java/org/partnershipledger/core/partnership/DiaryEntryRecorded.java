package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Personal;
import org.partnershipledger.core.diary.DiaryEntryId;
import org.partnershipledger.core.diary.Visibility;

/** A representative wrote in their diary. The text is personal data. */
@Revision("1")
public record DiaryEntryRecorded(
        PartnershipId partnershipId,
        DiaryEntryId entryId,
        PersonId author,
        @Personal(subject = "author") String text,
        Visibility visibility,
        LocalDate occurredOn)
        implements PartnershipEvent {}
