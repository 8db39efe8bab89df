package org.partnershipledger.core.agreement;

import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.RuleViolation;

/**
 * A signature naming a version by number but with another text's hash: the signer saw other text than
 * the version says, so the signature would bind the partner to words it never read.
 */
public class ContentHashMismatchException extends RuleViolation {

    private final PartnershipId partnershipId;
    private final int version;
    private final ContentHash expected;
    private final ContentHash given;

    public ContentHashMismatchException(
            PartnershipId partnershipId, int version, ContentHash expected, ContentHash given) {
        super(
                "content-hash-mismatch",
                Kind.CONFLICTING_STATE,
                "The signer saw other text than version " + version + " of the agreement: version " + version
                        + " has content hash " + expected + ", but the signature names " + given
                        + ". Read version " + version + " again before signing it.");
        this.partnershipId = partnershipId;
        this.version = version;
        this.expected = expected;
        this.given = given;
    }

    public PartnershipId partnershipId() {
        return partnershipId;
    }

    public int version() {
        return version;
    }

    /** The hash of the version's text on record. */
    public ContentHash expected() {
        return expected;
    }

    /** The hash the signer gave, of the text the signer saw. */
    public ContentHash given() {
        return given;
    }
}
