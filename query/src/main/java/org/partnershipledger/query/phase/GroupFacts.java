package org.partnershipledger.query.phase;

import java.util.HashSet;
import java.util.Set;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.core.partnership.ConflictAbandoned;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.ConflictResolved;
import org.partnershipledger.core.partnership.PartnershipEvent;

/** What the phase rules need to know about the group so far: open conflicts and whether an agreement is in force. */
final class GroupFacts {

    private final Set<ConflictId> openConflicts = new HashSet<>();
    private boolean agreementInForce;

    void apply(PartnershipEvent event) {
        if (event instanceof ConflictRaised raised) {
            openConflicts.add(raised.conflictId());
        } else if (event instanceof ConflictResolved resolved) {
            openConflicts.remove(resolved.conflictId());
        } else if (event instanceof ConflictAbandoned abandoned) {
            openConflicts.remove(abandoned.conflictId());
        } else if (event instanceof AgreementTookEffect) {
            agreementInForce = true;
        }
    }

    boolean conflictOpen() {
        return !openConflicts.isEmpty();
    }

    /** An agreement is in force and no conflict is open: the group has nothing left to settle. */
    boolean settled() {
        return agreementInForce && openConflicts.isEmpty();
    }

    static boolean endsConflict(PartnershipEvent event) {
        return event instanceof ConflictResolved || event instanceof ConflictAbandoned;
    }
}
