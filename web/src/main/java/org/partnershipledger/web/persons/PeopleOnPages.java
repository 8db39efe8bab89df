package org.partnershipledger.web.persons;

import org.partnershipledger.web.pages.PageController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page may name a person: {@code ${people.name(id)}} reads the register only when a page asks. */
@ControllerAdvice(assignableTypes = PageController.class)
class PeopleOnPages {

    private final PeopleNames names;

    PeopleOnPages(PeopleNames names) {
        this.names = names;
    }

    /** Whether the reader may know who people are (never a researcher): the register is theirs to open. */
    @ModelAttribute("readsNames")
    boolean readsNames() {
        try {
            return names.readsNames();
        } catch (RuntimeException notSignedIn) {
            return false;
        }
    }

    @ModelAttribute("people")
    PeopleNames.Lookup people() {
        return names.lookup();
    }
}
