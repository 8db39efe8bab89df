package org.partnershipledger.core.decision;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.Values;

/** A proposal put to a meeting with the stances the partners present gave on it there. */
public record ProposalPut(Proposal proposal, List<StanceGiven> stances) {

    public ProposalPut {
        Values.requirePresent(proposal, "proposal");
        stances = Values.requireList(stances, "proposal.stances");
        Set<PartnerId> answered = new HashSet<>();
        for (StanceGiven stance : stances) {
            if (!answered.add(stance.partner())) {
                throw new InvalidValueException(
                        "proposal.stances",
                        "partner " + stance.partner() + " gives more than one stance; a partner has one stance"
                                + " per proposal");
            }
        }
    }

    /** An unmodifiable copy of a meeting's proposals, each put once. */
    public static List<ProposalPut> requireList(List<ProposalPut> proposals, String field) {
        List<ProposalPut> copy = Values.requireList(proposals, field);
        Set<ProposalId> seen = new HashSet<>();
        for (ProposalPut put : copy) {
            if (!seen.add(put.proposal().id())) {
                throw new InvalidValueException(
                        field, "proposal " + put.proposal().id() + " is listed more than once");
            }
        }
        return copy;
    }
}
