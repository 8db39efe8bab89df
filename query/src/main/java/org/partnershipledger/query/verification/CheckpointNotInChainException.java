package org.partnershipledger.query.verification;

import org.partnershipledger.core.RuleViolation;

/** A partner may only witness a head its partnership's chain has, intact up to it. */
public class CheckpointNotInChainException extends RuleViolation {

    public CheckpointNotInChainException(String partnershipId, String headHash, long eventCount) {
        super(
                "checkpoint-not-in-chain",
                Kind.CONFLICTING_STATE,
                "The history of partnership " + partnershipId + " does not have head " + headHash + " after "
                        + eventCount
                        + " events (or is not intact that far); verify it and witness the head it reports");
    }
}
