package org.partnershipledger.core.agreement;

import java.util.OptionalInt;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.RuleViolation;

/** A version replaced by a newer one before it took effect, or after it stopped being in force. */
public class VersionSupersededException extends RuleViolation {

    private final PartnershipId partnershipId;
    private final int version;
    private final int latest;
    private final OptionalInt inForce;

    public VersionSupersededException(PartnershipId partnershipId, int version, int latest, OptionalInt inForce) {
        super("version-superseded", Kind.CONFLICTING_STATE, message(version, latest, inForce));
        this.partnershipId = partnershipId;
        this.version = version;
        this.latest = latest;
        this.inForce = inForce;
    }

    private static String message(int version, int latest, OptionalInt inForce) {
        String signable = inForce.isPresent()
                ? "only version " + latest + " (the latest) or version " + inForce.getAsInt() + " (in force)"
                : "only version " + latest + " (the latest)";
        return "Version " + version + " of the agreement has been superseded by version " + latest + "; " + signable
                + " can be signed.";
    }

    public PartnershipId partnershipId() {
        return partnershipId;
    }

    public int version() {
        return version;
    }

    public int latest() {
        return latest;
    }

    public OptionalInt inForce() {
        return inForce;
    }
}
