package org.partnershipledger.core.agreement;

import org.partnershipledger.core.Name;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;

/**
 * The mediator as the agreement names them: a role written into the text the partners sign (often an
 * outside centre). The organisation may be empty. When the mediator uses the ledger, {@code person} is
 * who they are in it, so they can read the partnership's conflict history; otherwise it is null.
 */
public record Mediator(@Name String name, @Name String organisation, PersonId person) {

    public Mediator {
        name = Values.requireText(name, "mediator.name");
        organisation = SectionValues.text(organisation);
    }

    public Mediator(String name, String organisation) {
        this(name, organisation, null);
    }
}
