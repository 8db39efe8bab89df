package org.partnershipledger.core.decision;

import java.util.UUID;
import org.partnershipledger.core.Identifier;
import org.partnershipledger.core.Values;

public record MeetingId(String value) implements Identifier {

    public MeetingId {
        value = Values.requireText(value, "meetingId");
    }

    public static MeetingId generate() {
        return new MeetingId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
