package org.partnershipledger.core.partnership;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;

/**
 * A partner's representative signs off the partnership's history as it stands: the head hash of its
 * chain after a number of events. Once every partner has witnessed a head, nobody can rewrite what came
 * before it without verification showing it, not even someone with write access to the database.
 */
public record WitnessCheckpoint(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PartnerId partner,
        PersonId witness,
        String headHash,
        long eventCount,
        LocalDate occurredOn) {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public WitnessCheckpoint {
        Values.requirePresent(partnershipId, "partnershipId");
        Values.requirePresent(partner, "partner");
        Values.requirePresent(witness, "witness");
        Values.requirePresent(headHash, "headHash");
        if (!SHA_256.matcher(headHash).matches()) {
            throw new InvalidValueException("headHash", "a head hash is 64 lowercase hexadecimal digits (SHA-256)");
        }
        if (eventCount < 1) {
            throw new InvalidValueException("eventCount", "a checkpoint covers at least one event");
        }
        Values.requirePresent(occurredOn, "occurredOn");
    }
}
