package org.partnershipledger.core.programme;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.partnershipledger.core.PersonId;

/**
 * A facilitator started a programme for the period given. Events are facts already accepted, so they
 * repeat no rule checks: history must stay readable when the rules for new commands change.
 */
@Revision("1")
public record ProgrammeStarted(
        ProgrammeId programmeId, String name, PersonId facilitator, LocalDate startsOn, LocalDate endsOn)
        implements ProgrammeEvent {

    @Override
    public LocalDate occurredOn() {
        return startsOn;
    }
}
