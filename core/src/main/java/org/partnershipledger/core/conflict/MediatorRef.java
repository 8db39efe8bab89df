package org.partnershipledger.core.conflict;

import org.partnershipledger.core.Name;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Personal;
import org.partnershipledger.core.Values;

/**
 * Who mediates a conflict the partners cannot resolve themselves: named in the agreement's rules for
 * conflict handling, or appointed when the conflict is escalated. A mediator may be an outside centre
 * (Esbjerg) or a person acting on their own, so the organisation may be empty. {@code person} is who the
 * mediator is in the ledger when they use it (null when they do not), so they can read the conflict.
 */
public record MediatorRef(@Personal(subject = "person") @Name String name, @Name String organisation, PersonId person) {

    public MediatorRef {
        name = Values.requireText(name, "mediator.name");
        organisation = organisation == null ? "" : organisation.strip();
    }

    public MediatorRef(String name, String organisation) {
        this(name, organisation, null);
    }

    @Override
    public String toString() {
        return organisation.isEmpty() ? name : name + " (" + organisation + ")";
    }
}
