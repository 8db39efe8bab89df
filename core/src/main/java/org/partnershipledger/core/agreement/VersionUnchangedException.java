package org.partnershipledger.core.agreement;

import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.RuleViolation;

/**
 * A proposal whose text is exactly the latest version's: it would supersede that version, and the
 * signatures collected on it, while changing nothing.
 */
public class VersionUnchangedException extends RuleViolation {

    private final PartnershipId partnershipId;
    private final int latest;
    private final ContentHash hash;

    public VersionUnchangedException(PartnershipId partnershipId, int latest, ContentHash hash) {
        super(
                "version-unchanged",
                Kind.CONFLICTING_STATE,
                "The proposed text is the same as version " + latest
                        + " of the agreement; a new version must change something.");
        this.partnershipId = partnershipId;
        this.latest = latest;
        this.hash = hash;
    }

    public PartnershipId partnershipId() {
        return partnershipId;
    }

    public int latest() {
        return latest;
    }

    public ContentHash hash() {
        return hash;
    }
}
