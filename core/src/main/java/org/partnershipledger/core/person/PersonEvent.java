package org.partnershipledger.core.person;

import org.partnershipledger.core.DomainEvent;
import org.partnershipledger.core.PersonId;

/** Everything that can happen to a person's entry in the register, so a switch over it is checked. */
public sealed interface PersonEvent extends DomainEvent permits PersonRegistered, PersonDetailsCorrected {

    PersonId personId();
}
