package org.partnershipledger.query.disclosure;

import java.util.Collections;
import java.util.Set;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;

/**
 * Who reads a partnership's history, and in which capacity. The caller knows the reader and the
 * partnership, so it works out what this value says; {@link Redaction} decides from it what they see.
 *
 * @param person the reader, or null for a reader the ledger does not know by id
 * @param researcher reads every partnership pseudonymised, never as a representative or a mediator
 * @param represents the partners of this partnership the reader represents (empty for none)
 * @param mediator whether the reader is this partnership's mediator (named in its agreement or appointed)
 */
public record Reader(PersonId person, boolean researcher, Set<PartnerId> represents, boolean mediator) {

    public Reader {
        represents = represents == null ? Set.of() : Set.copyOf(represents);
        // Reading as a researcher is a capacity of its own, so what a person may see as a partner's
        // representative can never leak into a research export.
        if (researcher && (mediator || !represents.isEmpty())) {
            throw new InvalidValueException("reader", "a researcher reads as a researcher only");
        }
    }

    public static Reader researcher(PersonId person) {
        return new Reader(person, true, Set.of(), false);
    }

    public static Reader representative(PersonId person, Set<PartnerId> represents) {
        return new Reader(person, false, represents, false);
    }

    public static Reader mediator(PersonId person) {
        return new Reader(person, false, Set.of(), true);
    }

    /** The conflict's mediator and the representatives of the partners involved read its text; others its state. */
    boolean readsConflictBetween(Set<PartnerId> involved, boolean mediatesIt) {
        return mediatesIt || !Collections.disjoint(represents, involved);
    }

    /** A diary entry is its author's; a shared one is read within the partnership too, never by researchers. */
    boolean readsDiaryEntry(PersonId author, boolean shared) {
        if (researcher) {
            return false;
        }
        return shared || (person != null && person.equals(author));
    }
}
