package org.partnershipledger.core.conflict;

import java.util.HashSet;
import java.util.List;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.Values;

/**
 * The facts a conflict is raised with: which partner raises it, which partners it concerns, and what it
 * is about. Whether these partners are current partners depends on the partnership and is checked there.
 */
public record ConflictOpening(
        PartnerId raisedBy, List<PartnerId> concerning, String topic, String description, ConflictCategory category) {

    public ConflictOpening {
        Values.requirePresent(raisedBy, "raisedBy");
        concerning = Values.requireList(concerning, "concerning");
        requireOtherDistinctPartners(raisedBy, concerning);
        topic = Values.requireText(topic, "topic");
        description = Values.requireText(description, "description");
        Values.requirePresent(category, "category");
    }

    // A conflict is between partners; a partner cannot be in conflict only with itself.
    private static void requireOtherDistinctPartners(PartnerId raisedBy, List<PartnerId> concerning) {
        if (concerning.isEmpty()) {
            throw new InvalidValueException("concerning", "a conflict concerns at least one other partner");
        }
        if (concerning.contains(raisedBy)) {
            throw new InvalidValueException("concerning", "must not include the partner raising the conflict");
        }
        if (new HashSet<>(concerning).size() != concerning.size()) {
            throw new InvalidValueException("concerning", "lists a partner more than once");
        }
    }
}
