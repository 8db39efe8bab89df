package org.partnershipledger.core.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.partnershipledger.core.PartnershipId;

/** A partnership between equal partners, rebuilt from its events. */
@AggregateRoot
public class Partnership {

    @AggregateIdentifier
    private PartnershipId partnershipId;

    protected Partnership() {}

    @CommandHandler
    public Partnership(FormPartnership command) {
        apply(new PartnershipFormed(
                command.partnershipId(), command.name(), command.purpose(), command.occurredOn(), command.partners()));
    }

    @EventSourcingHandler
    void on(PartnershipFormed event) {
        this.partnershipId = event.partnershipId();
    }
}
