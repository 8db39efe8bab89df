package org.partnershipledger.core.conflict;

import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.RuleViolation;

/** Between equal partners a conflict is resolved only when every partner involved agrees it is. */
public class ResolutionConsentMissingException extends RuleViolation {

    private final ConflictId conflictId;
    private final Set<PartnerId> missing;

    public ResolutionConsentMissingException(ConflictId conflictId, Set<PartnerId> missing) {
        super(
                "resolution-consent-missing",
                Kind.CONFLICTING_STATE,
                "Conflict " + conflictId + " cannot be resolved without the consent of every partner involved;"
                        + " missing: "
                        + missing.stream().map(PartnerId::value).sorted().collect(Collectors.joining(", "))
                        + ".");
        this.conflictId = conflictId;
        this.missing = Set.copyOf(missing);
    }

    public ConflictId conflictId() {
        return conflictId;
    }

    public Set<PartnerId> missing() {
        return missing;
    }
}
