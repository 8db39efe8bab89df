package org.partnershipledger.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.core.programme.People.FACILITATOR;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.InvalidValueException;

class StartProgrammeTest {

    private static final ProgrammeId ID = ProgrammeId.generate();
    private static final LocalDate STARTS_ON = LocalDate.of(2024, 3, 1);

    @Test
    void aProgrammeOfExactlyTwoMonthsIsAccepted() {
        assertThat(startEndingOn(LocalDate.of(2024, 5, 1)).endsOn()).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void aProgrammeOfExactlyThreeMonthsIsAccepted() {
        assertThat(startEndingOn(LocalDate.of(2024, 6, 1)).endsOn()).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @Test
    void aProgrammeShorterThanTwoMonthsIsRejectedNamingItsEnd() {
        assertThatThrownBy(() -> startEndingOn(LocalDate.of(2024, 4, 30)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "endsOn")
                .hasMessageContaining("between 2024-05-01 and 2024-06-01");
    }

    @Test
    void aProgrammeLongerThanThreeMonthsIsRejectedNamingItsEnd() {
        assertThatThrownBy(() -> startEndingOn(LocalDate.of(2024, 6, 2)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "endsOn");
    }

    @Test
    void aProgrammeEndingBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> startEndingOn(STARTS_ON.minusDays(1)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "endsOn");
    }

    @Test
    void aBlankNameIsRejected() {
        assertThatThrownBy(() -> new StartProgramme(ID, " ", FACILITATOR, STARTS_ON, STARTS_ON.plusMonths(2)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "name");
    }

    @Test
    void aProgrammeWithoutAFacilitatorIsRejected() {
        assertThatThrownBy(() -> new StartProgramme(ID, "Spring 2024", null, STARTS_ON, STARTS_ON.plusMonths(2)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "facilitator");
    }

    @Test
    void aProgrammeWithoutAStartDateIsRejected() {
        assertThatThrownBy(() -> new StartProgramme(ID, "Spring 2024", FACILITATOR, null, STARTS_ON))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "startsOn");
    }

    @Test
    void theNameIsRecordedWithoutSurroundingWhitespace() {
        StartProgramme command =
                new StartProgramme(ID, " Spring 2024 ", FACILITATOR, STARTS_ON, STARTS_ON.plusMonths(2));

        assertThat(command.name()).isEqualTo("Spring 2024");
    }

    @Test
    void aProgrammeIdReadsAsItsBareValueSoItCanIdentifyTheAggregate() {
        assertThat(new ProgrammeId("spring-programme")).hasToString("spring-programme");
    }

    private static StartProgramme startEndingOn(LocalDate endsOn) {
        return new StartProgramme(ID, "Spring 2024", FACILITATOR, STARTS_ON, endsOn);
    }
}
