package org.partnershipledger.core.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.partnershipledger.core.agreement.Agreement;
import org.partnershipledger.core.agreement.ContentHash;
import org.partnershipledger.core.conflict.MediatorRef;
import org.partnershipledger.core.partnership.PartnershipRules.NotASignatory;

/** The agreement of a partnership: versions proposed, signed by number and hash, taking effect. */
final class PartnershipAgreement {

    /** The partnership this part belongs to; not state of its own. */
    private final transient Partnership partnership;

    private Agreement agreement;

    PartnershipAgreement(Partnership partnership) {
        this.partnership = partnership;
    }

    /** The end of the term of the agreement in force, if it has one. */
    Optional<LocalDate> termEndsOn() {
        return agreement
                .versionInForce()
                .map(version -> version.content().term().endsOn());
    }

    @EventSourcingHandler
    void on(PartnershipFormed event) {
        agreement = new Agreement(event.partnershipId());
    }

    /** Returns the number the new version got. */
    @CommandHandler
    int handle(ProposeAgreement command) {
        partnership.requireOpenOn(command.occurredOn());
        partnership.partners().requirePartnerOn(command.proposedBy(), command.occurredOn());
        command.content()
                .partnersNamed()
                .forEach(partner -> partnership.partners().requirePartnerOn(partner, command.occurredOn()));
        ContentHash hash = ContentHash.of(command.content());
        agreement.requireChanged(hash);
        int version = agreement.nextVersionNumber();
        apply(new AgreementProposed(
                partnership.id(), version, command.content(), hash, command.proposedBy(), command.occurredOn()));
        return version;
    }

    /** The version takes effect when every current partner has signed it; the old one stays until then. */
    @CommandHandler
    void handle(SignAgreement command) {
        partnership.requireOpenOn(command.occurredOn());
        partnership.partners().requireJoinedBy(command.partner(), command.occurredOn());
        partnership.partners().requirePartnerOn(command.partner(), command.occurredOn());
        if (command.recordedOnBehalf() != null) {
            // A paper signed years ago counts if its signatory was one then, whoever signs for the partner now.
            partnership.partners().requireSignatoryOn(command.signatory(), command.partner(), command.occurredOn());
        } else if (!partnership.partners().represents(command.signatory(), command.partner(), Role.SIGNATORY)) {
            throw new NotASignatory(command.signatory(), command.partner());
        }
        agreement.requireSignable(command.version(), command.contentHash(), command.partner(), command.occurredOn());
        apply(new AgreementSigned(
                partnership.id(),
                command.version(),
                command.contentHash(),
                command.partner(),
                command.signatory(),
                command.occurredOn(),
                command.recordedOnBehalf()));
        takeEffectIfSignedByAll(command.occurredOn());
    }

    void takeEffectIfSignedByAll(LocalDate on) {
        agreement
                .versionReadyToTakeEffect(partnership.partners().partnersOn(on))
                .ifPresent(version -> apply(new AgreementTookEffect(partnership.id(), version, on)));
    }

    Optional<MediatorRef> mediatorNamedInAgreement() {
        return agreement
                .mediatorInForce()
                .map(mediator -> new MediatorRef(mediator.name(), mediator.organisation(), mediator.person()));
    }

    /** Without an agreement in force nobody owes notice. */
    Period noticePeriodInForce() {
        return agreement.noticePeriodInForce().orElse(Period.ZERO);
    }

    @EventSourcingHandler
    void on(AgreementProposed event) {
        agreement.onProposed(
                event.version(), event.content(), event.contentHash(), event.proposedBy(), event.occurredOn());
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        agreement.onSigned(event.version(), event.partner(), event.signatory(), event.occurredOn());
    }

    @EventSourcingHandler
    void on(AgreementTookEffect event) {
        agreement.onTookEffect(event.version(), event.occurredOn());
    }
}
