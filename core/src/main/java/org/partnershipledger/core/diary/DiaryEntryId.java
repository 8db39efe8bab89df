package org.partnershipledger.core.diary;

import java.util.UUID;
import org.partnershipledger.core.Identifier;
import org.partnershipledger.core.Values;

/** One entry in a partner's diary, so it can be shared, unshared or erased later on its own. */
public record DiaryEntryId(String value) implements Identifier {

    public DiaryEntryId {
        value = Values.requireText(value, "diaryEntryId");
    }

    public static DiaryEntryId generate() {
        return new DiaryEntryId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
