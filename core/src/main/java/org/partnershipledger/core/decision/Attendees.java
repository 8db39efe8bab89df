package org.partnershipledger.core.decision;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;

/** The value checks of a meeting's attendance, for the messages that record a meeting. */
public final class Attendees {

    private Attendees() {}

    /** An unmodifiable copy of a meeting's attendees: at least one, and each person once. */
    public static List<Attendee> require(List<Attendee> attendees, String field) {
        List<Attendee> copy = Values.requireList(attendees, field);
        if (copy.isEmpty()) {
            throw new InvalidValueException(field, "a meeting needs at least one attendee");
        }
        Set<PersonId> seen = new HashSet<>();
        for (Attendee attendee : copy) {
            if (!seen.add(attendee.person())) {
                throw new InvalidValueException(
                        field, "person " + attendee.person() + " is listed more than once; each attends once");
            }
        }
        return copy;
    }

    /** A stance given at a meeting comes from someone there representing that partner, never from a guest. */
    public static void requireGivenByRepresentativePresent(List<Attendee> attendees, StanceGiven stance, String field) {
        boolean present = attendees.stream()
                .anyMatch(attendee -> attendee.person().equals(stance.givenBy())
                        && stance.partner().equals(attendee.represents()));
        if (!present) {
            throw new InvalidValueException(
                    field,
                    "the stance of partner " + stance.partner() + " is given by person " + stance.givenBy()
                            + ", who did not attend as its representative");
        }
    }
}
