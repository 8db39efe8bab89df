package org.partnershipledger.core.conflict;

import org.partnershipledger.core.Values;

/**
 * Who mediates a conflict the partners cannot resolve themselves: named in the agreement's rules for
 * conflict handling, or appointed when the conflict is escalated. A mediator may be an outside centre
 * (Esbjerg) or a person acting on their own, so the organisation may be empty.
 */
public record MediatorRef(String name, String organisation) {

    public MediatorRef {
        name = Values.requireText(name, "mediator.name");
        organisation = organisation == null ? "" : organisation.strip();
    }

    @Override
    public String toString() {
        return organisation.isEmpty() ? name : name + " (" + organisation + ")";
    }
}
