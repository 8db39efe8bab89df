package org.partnershipledger.core.diary;

/** Who may read a diary entry. A diary is the author's own unless they choose to share an entry. */
public enum Visibility {
    /** Only the author. */
    PRIVATE,
    /** Readable within the partnership, not only by the author. */
    SHARED
}
