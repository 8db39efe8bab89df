package org.partnershipledger.core.agreement;

import java.time.LocalDate;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.RuleViolation;

/** A text cannot be signed before it existed: history entered afterwards must keep signing after proposing. */
public final class SignaturePredatesVersionException extends RuleViolation {

    private final int version;
    private final LocalDate proposedOn;
    private final LocalDate signedOn;

    public SignaturePredatesVersionException(
            PartnershipId partnershipId, int version, LocalDate proposedOn, LocalDate signedOn) {
        super(
                "signature-predates-version",
                Kind.CONFLICTING_STATE,
                "Version " + version + " of the agreement of " + partnershipId + " was proposed on " + proposedOn
                        + "; it cannot have been signed on " + signedOn);
        this.version = version;
        this.proposedOn = proposedOn;
        this.signedOn = signedOn;
    }

    public int version() {
        return version;
    }

    public LocalDate proposedOn() {
        return proposedOn;
    }

    public LocalDate signedOn() {
        return signedOn;
    }
}
