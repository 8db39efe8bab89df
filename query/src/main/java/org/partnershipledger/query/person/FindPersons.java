package org.partnershipledger.query.person;

import java.util.Set;

/** The register's entries for these person ids; an id the register does not know is left out. */
public record FindPersons(Set<String> ids) {

    public FindPersons {
        ids = Set.copyOf(ids);
    }
}
