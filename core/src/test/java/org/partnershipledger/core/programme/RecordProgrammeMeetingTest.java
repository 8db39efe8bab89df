package org.partnershipledger.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.core.programme.People.EXPERT_ANNE;
import static org.partnershipledger.core.programme.People.FACILITATOR;
import static org.partnershipledger.core.programme.ProgrammeMeetingKind.KICK_OFF;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PersonId;

class RecordProgrammeMeetingTest {

    private static final ProgrammeId ID = ProgrammeId.generate();
    private static final LocalDate HELD_ON = LocalDate.of(2024, 3, 14);

    @Test
    void aMeetingWithoutAttendeesIsRejected() {
        assertThatThrownBy(() -> new RecordProgrammeMeeting(ID, KICK_OFF, HELD_ON, List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "attendees")
                .hasMessageContaining("at least one attendee");
    }

    @Test
    void anAttendeeListedTwiceIsRejected() {
        assertThatThrownBy(() -> new RecordProgrammeMeeting(
                        ID, KICK_OFF, HELD_ON, List.of(EXPERT_ANNE, FACILITATOR, EXPERT_ANNE)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "attendees")
                .hasMessageContaining("expert-anne");
    }

    @Test
    void aMeetingWithoutAKindIsRejected() {
        assertThatThrownBy(() -> new RecordProgrammeMeeting(ID, null, HELD_ON, List.of(FACILITATOR)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "kind");
    }

    @Test
    void aMeetingWithoutADateIsRejected() {
        assertThatThrownBy(() -> new RecordProgrammeMeeting(ID, KICK_OFF, null, List.of(FACILITATOR)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "occurredOn");
    }

    @Test
    void laterChangesToTheCallersListDoNotChangeTheCommand() {
        List<PersonId> attendees = new ArrayList<>(List.of(FACILITATOR, EXPERT_ANNE));
        RecordProgrammeMeeting command = new RecordProgrammeMeeting(ID, KICK_OFF, HELD_ON, attendees);

        attendees.clear();

        assertThat(command.attendees()).containsExactly(FACILITATOR, EXPERT_ANNE);
    }
}
