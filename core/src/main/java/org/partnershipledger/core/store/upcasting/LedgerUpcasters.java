package org.partnershipledger.core.store.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * Every upcaster of the ledger's events, oldest change first: an event stored in an older shape is read
 * in its current one. How to change an event's shape: docs/architecture.md, "Changing an event's shape".
 */
public final class LedgerUpcasters {

    private LedgerUpcasters() {}

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(
                RenamedFieldsUpcaster.partnerWithdrewOccurredOn(),
                RenamedFieldsUpcaster.stanceGivenBy(),
                RenamedFieldsUpcaster.programmeMeetingOccurredOn(),
                RenamedFieldsUpcaster.partnerAdmittedByProposal(),
                RenamedFieldsUpcaster.partnershipClosedByProposal(),
                RenamedFieldsUpcaster.openedToResearchByProposal(),
                RenamedFieldsUpcaster.proposalRetracted());
    }
}
