package org.partnershipledger.core.agreement;

import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.RuleViolation;

/** A version number the partnership's agreement does not have. */
public class UnknownVersionException extends RuleViolation {

    private final PartnershipId partnershipId;
    private final int version;
    private final int latest;

    public UnknownVersionException(PartnershipId partnershipId, int version, int latest) {
        super("version-unknown", Kind.UNKNOWN, message(version, latest));
        this.partnershipId = partnershipId;
        this.version = version;
        this.latest = latest;
    }

    private static String message(int version, int latest) {
        if (latest == 0) {
            return "No agreement has been proposed in this partnership yet, so there is no version " + version + ".";
        }
        return "The agreement has no version " + version + "; the latest version is " + latest + ".";
    }

    public PartnershipId partnershipId() {
        return partnershipId;
    }

    public int version() {
        return version;
    }

    /** The latest version there is, 0 when none has been proposed. */
    public int latest() {
        return latest;
    }
}
