package org.partnershipledger.core.person;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Personal;

/**
 * A person in the register: the name the pages show for a person id, and how to reach them. The details
 * are personal data, sealed with the person's key; once the person is erased they read as erased, and
 * the register takes no new details for them.
 */
@AggregateRoot
public class Person {

    @AggregateIdentifier
    private PersonId personId;

    private OnRecord onRecord;

    /** The details as recorded, unchecked: a history stays readable when the rules for new details change. */
    private record OnRecord(String name, String email, String phone, String organisation) {

        boolean erased() {
            return Personal.ERASED.equals(name);
        }
    }

    protected Person() {}

    @CommandHandler
    public Person(RegisterPerson command) {
        PersonDetails details = command.details();
        apply(new PersonRegistered(
                command.personId(),
                details.name(),
                details.email(),
                details.phone(),
                details.organisation(),
                command.occurredOn()));
    }

    @CommandHandler
    void handle(CorrectPersonDetails command) {
        if (onRecord.erased()) {
            throw new PersonErasedException(personId);
        }
        PersonDetails corrected = command.details();
        if (new OnRecord(corrected.name(), corrected.email(), corrected.phone(), corrected.organisation())
                .equals(onRecord)) {
            throw new PersonDetailsUnchangedException(personId);
        }
        apply(new PersonDetailsCorrected(
                personId,
                corrected.name(),
                corrected.email(),
                corrected.phone(),
                corrected.organisation(),
                command.occurredOn()));
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        this.personId = event.personId();
        this.onRecord = new OnRecord(event.name(), event.email(), event.phone(), event.organisation());
    }

    @EventSourcingHandler
    void on(PersonDetailsCorrected event) {
        this.onRecord = new OnRecord(event.name(), event.email(), event.phone(), event.organisation());
    }
}
