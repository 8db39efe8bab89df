package org.partnershipledger.core.diary;

import java.util.Locale;
import org.partnershipledger.core.RuleViolation;

/** Sharing a shared entry (or unsharing a private one) would record a change that did not happen. */
public class VisibilityUnchangedException extends RuleViolation {

    private final DiaryEntryId entryId;
    private final Visibility visibility;

    public VisibilityUnchangedException(DiaryEntryId entryId, Visibility visibility) {
        super(
                "visibility-unchanged",
                Kind.CONFLICTING_STATE,
                "Diary entry " + entryId + " is already " + visibility.name().toLowerCase(Locale.ROOT) + ".");
        this.entryId = entryId;
        this.visibility = visibility;
    }

    public DiaryEntryId entryId() {
        return entryId;
    }

    public Visibility visibility() {
        return visibility;
    }
}
