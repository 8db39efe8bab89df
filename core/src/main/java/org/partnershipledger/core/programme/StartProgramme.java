package org.partnershipledger.core.programme;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.Name;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Values;

/**
 * A facilitator starts an equal-partnership programme. The facilitator is named by id only: their name
 * is personal data.
 */
public record StartProgramme(
        @TargetAggregateIdentifier ProgrammeId programmeId,
        @Name String name,
        PersonId facilitator,
        LocalDate startsOn,
        LocalDate endsOn) {

    public StartProgramme {
        Values.requirePresent(programmeId, "programmeId");
        name = Values.requireText(name, "name");
        Values.requirePresent(facilitator, "facilitator");
        Values.requireDate(startsOn, "startsOn");
        Values.requireDate(endsOn, "endsOn");
        requireTwoToThreeMonths(startsOn, endsOn);
    }

    // Pairs meet two to three times in about two months; shorter leaves no room, longer loses the pace.
    private static void requireTwoToThreeMonths(LocalDate startsOn, LocalDate endsOn) {
        LocalDate earliest = startsOn.plusMonths(2);
        LocalDate latest = startsOn.plusMonths(3);
        if (endsOn.isBefore(earliest) || endsOn.isAfter(latest)) {
            throw new InvalidValueException(
                    "endsOn",
                    "a programme runs two to three months; one starting on " + startsOn + " ends between " + earliest
                            + " and " + latest);
        }
    }
}
