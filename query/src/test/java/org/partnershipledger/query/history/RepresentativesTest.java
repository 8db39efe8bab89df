package org.partnershipledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.RepresentativeRemoved;
import org.partnershipledger.core.partnership.RepresentativeReplaced;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.query.history.Representatives.RepresentativeRecord;
import org.partnershipledger.query.history.Representatives.RoleHeld;

class RepresentativesTest {

    private static final PartnershipId ID = new PartnershipId("valby");
    private static final PartnerId CITY = new PartnerId("city");
    private static final PersonId MADS = new PersonId("mads");
    private static final PersonId METTE = new PersonId("mette");

    /** Entered afterwards and out of domain order: the hand-over was recorded before Mads's second role. */
    private static final List<HistoryEvent> HISTORY = List.of(
            event(0, new RepresentativeAppointed(ID, MADS, CITY, Role.SIGNATORY, LocalDate.of(2023, 1, 15))),
            event(
                    1,
                    new RepresentativeReplaced(
                            ID,
                            CITY,
                            MADS,
                            METTE,
                            Set.of(Role.SIGNATORY, Role.STEERING_GROUP),
                            LocalDate.of(2023, 6, 1))),
            event(2, new RepresentativeAppointed(ID, MADS, CITY, Role.STEERING_GROUP, LocalDate.of(2023, 2, 1))),
            event(3, new RepresentativeRemoved(ID, METTE, CITY, "On leave", LocalDate.of(2023, 9, 1))),
            event(4, new RepresentativeAppointed(ID, MADS, CITY, Role.LEAD, LocalDate.of(2023, 10, 1))));

    private static HistoryEvent event(long sequence, PartnershipEvent event) {
        return new HistoryEvent(
                sequence,
                event.occurredOn(),
                Instant.parse("2024-01-01T00:00:00Z").plusSeconds(sequence),
                event);
    }

    @Test
    void eachTermHasItsRolesWithTheDayEachWasTakenOnAndTheDayItEnded() {
        List<RepresentativeRecord> terms = Representatives.of(HISTORY);

        assertThat(terms).extracting(RepresentativeRecord::person).containsExactly("mads", "mette", "mads");
        assertThat(terms.get(0).roles())
                .containsExactly(
                        new RoleHeld(Role.SIGNATORY, LocalDate.of(2023, 1, 15)),
                        new RoleHeld(Role.STEERING_GROUP, LocalDate.of(2023, 2, 1)));
        assertThat(terms.get(0).leftOn()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(terms.get(0).replacedBy()).isEqualTo("mette");
        assertThat(terms.get(1).leftOn()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(terms.get(1).replacedBy()).isNull();
        assertThat(terms.get(2).current()).isTrue();
    }

    @Test
    void aPersonAppointedAgainIsFoundByTheirLatestTerm() {
        RepresentativeRecord latest = Representatives.latestOf(HISTORY, "mads").orElseThrow();

        assertThat(latest.appointedOn()).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(latest.roles()).extracting(RoleHeld::role).containsExactly(Role.LEAD);
        assertThat(Representatives.latestOf(HISTORY, "nobody")).isEmpty();
    }
}
