package org.partnershipledger.core.agreement;

import java.time.LocalDate;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.RuleViolation;

/** A partner signing a version it has already signed: one partner, one signature per version. */
public class VersionAlreadySignedException extends RuleViolation {

    private final PartnershipId partnershipId;
    private final int version;
    private final PartnerId partner;
    private final LocalDate signedOn;

    public VersionAlreadySignedException(
            PartnershipId partnershipId, int version, PartnerId partner, LocalDate signedOn) {
        super(
                "version-already-signed",
                Kind.CONFLICTING_STATE,
                "Partner " + partner + " already signed version " + version + " of the agreement on " + signedOn
                        + "; a partner signs a version once.");
        this.partnershipId = partnershipId;
        this.version = version;
        this.partner = partner;
        this.signedOn = signedOn;
    }

    public PartnershipId partnershipId() {
        return partnershipId;
    }

    public int version() {
        return version;
    }

    public PartnerId partner() {
        return partner;
    }

    public LocalDate signedOn() {
        return signedOn;
    }
}
