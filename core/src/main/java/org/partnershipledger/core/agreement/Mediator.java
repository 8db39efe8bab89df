package org.partnershipledger.core.agreement;

import org.partnershipledger.core.Values;

/**
 * The mediator as the agreement names them: a role written into the text the partners sign (often an
 * outside centre), not a person the ledger knows by id. The organisation may be empty.
 */
public record Mediator(String name, String organisation) {

    public Mediator {
        name = Values.requireText(name, "mediator.name");
        organisation = SectionValues.text(organisation);
    }
}
