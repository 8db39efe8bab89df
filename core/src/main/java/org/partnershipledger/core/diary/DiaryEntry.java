package org.partnershipledger.core.diary;

import java.time.LocalDate;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;

/**
 * What a partner's representative writes in their diary (DOMAIN.md: each partner keeps a diary). The text
 * is personal data: it is private unless the author says otherwise, and it is kept out of log lines.
 */
public record DiaryEntry(PersonId author, LocalDate occurredOn, String text, Visibility visibility) {

    public DiaryEntry {
        Values.requirePresent(author, "author");
        Values.requirePresent(occurredOn, "occurredOn");
        text = Values.requireText(text, "text");
        visibility = visibility == null ? Visibility.PRIVATE : visibility;
    }

    @Override
    public String toString() {
        return "DiaryEntry[author=" + author + ", occurredOn=" + occurredOn + ", visibility=" + visibility + ", text=("
                + text.length() + " characters)]";
    }
}
