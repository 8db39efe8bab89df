package org.partnershipledger.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.conflict.ConflictCategory;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.ConflictOpening;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.decision.Proposal;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.ProposalPut;
import org.partnershipledger.core.partnership.FormPartnership;
import org.partnershipledger.core.partnership.ObservedPhase;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.RaiseConflict;
import org.partnershipledger.core.partnership.RecordMeeting;
import org.partnershipledger.core.partnership.RecordPhaseObservation;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.core.programme.ProgrammeId;
import org.partnershipledger.core.programme.StartProgramme;

/** Every value a command carries is held to the value rules where it enters the domain, by where it is. */
class CommandValuesTest {

    private static final PartnershipId VOLD = new PartnershipId("vold-mod-kvinder");
    private static final LocalDate ON = LocalDate.of(2003, 9, 1);

    @Test
    void aCommandWithNothingToNormaliseIsPassedOnAsItIs() {
        RaiseConflict command = raise("Who decides here", ON);
        assertThat(CommandValues.checked(command)).isSameAs(command);
    }

    @Test
    void aTextInACommandIsPassedOnNormalised() {
        RaiseConflict checked = CommandValues.checked(raise("Who decides in Vejle\u0301?\r\nWe do", ON));
        assertThat(checked.opening().topic()).isEqualTo("Who decides in Vejl\u00e9?\nWe do");
    }

    @Test
    void aLoneSurrogateInATopicIsRefusedNamingTheTopic() {
        assertThatThrownBy(() -> CommandValues.checked(raise("Who decides \ud800 here", ON)))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.field())
                        .isEqualTo("topic"));
    }

    @Test
    void aDateOutsideTheRangeIsRefusedNamingTheDate() {
        assertThatThrownBy(() -> CommandValues.checked(raise("Who decides", LocalDate.of(-999_999_999, 1, 1))))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.field())
                        .isEqualTo("occurredOn"));
    }

    @Test
    void anIdOutsideTheAlphabetIsRefusedNamingTheId() {
        RecordPhaseObservation observed = new RecordPhaseObservation(
                VOLD, new PersonId("x".repeat(100_000)), ObservedPhase.BELONGING, "note", ON);
        assertThatThrownBy(() -> CommandValues.checked(observed))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.field())
                        .isEqualTo("observer"));
    }

    @Test
    void aPartnersNameWithADirectionOverrideIsRefusedNamingThePartner() {
        FormPartnership formed = new FormPartnership(
                VOLD,
                "Vold mod kvinder",
                "Help women out of violence",
                ON,
                List.of(
                        new Partner(new PartnerId("p-1"), "Mødrehjælpen", Sector.VOLUNTARY),
                        new Partner(new PartnerId("p-2"), "Frederiksberg \u202eenummoK", Sector.PUBLIC)));
        assertThatThrownBy(() -> CommandValues.checked(formed))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.field())
                        .isEqualTo("partners[1].name"));
    }

    @Test
    void aPartnershipsPurposeMaySpanLinesButItsNameMayNot() {
        FormPartnership formed = new FormPartnership(
                VOLD,
                "Vold mod\nkvinder",
                "Help women\nout of violence",
                ON,
                List.of(
                        new Partner(new PartnerId("p-1"), "Mødrehjælpen", Sector.VOLUNTARY),
                        new Partner(new PartnerId("p-2"), "Frederiksberg Kommune", Sector.PUBLIC)));
        assertThatThrownBy(() -> CommandValues.checked(formed))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.field())
                        .isEqualTo("name"));
    }

    @Test
    void textsInListsAndInNestedRecordsAreNormalisedWhereTheyAre() {
        RecordMeeting meeting = new RecordMeeting(
                VOLD,
                new MeetingId("m-1"),
                MeetingKind.STEERING_GROUP,
                ON,
                List.of(new Attendee(new PersonId("x"), new PartnerId("p-1"))),
                List.of("Budget", "Caf\u0065\u0301"),
                "Minutes",
                List.of(new ProposalPut(
                        new Proposal(new ProposalId("q-1"), "Caf\u0065\u0301 for all", new PartnerId("p-1"), null),
                        List.of())));
        RecordMeeting checked = CommandValues.checked(meeting);
        assertThat(checked.agenda()).containsExactly("Budget", "Caf\u00e9");
        assertThat(checked.proposals().get(0).proposal().text()).isEqualTo("Caf\u00e9 for all");
    }

    @Test
    void aNulInAnAgendaItemIsRefusedNamingTheItem() {
        RecordMeeting meeting = new RecordMeeting(
                VOLD,
                new MeetingId("m-1"),
                MeetingKind.STEERING_GROUP,
                ON,
                List.of(new Attendee(new PersonId("x"), new PartnerId("p-1"))),
                List.of("Budget", "a\u0000b"),
                "Minutes",
                List.of());
        assertThatThrownBy(() -> CommandValues.checked(meeting))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.field())
                        .isEqualTo("agenda[1]"));
    }

    @Test
    void aProgrammeEndingAtTheEndOfTimeIsRefusedAsAValueNotAsAnOverflow() {
        assertThatThrownBy(() -> new StartProgramme(
                        new ProgrammeId("esbjerg"), "Equal partnership", new PersonId("x"), ON, LocalDate.MAX))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.field())
                        .isEqualTo("endsOn"));
        assertThatThrownBy(() -> new StartProgramme(
                        new ProgrammeId("esbjerg"),
                        "Equal partnership",
                        new PersonId("x"),
                        LocalDate.MAX,
                        LocalDate.MAX))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.field())
                        .isEqualTo("startsOn"));
    }

    private static RaiseConflict raise(String topic, LocalDate on) {
        return new RaiseConflict(
                VOLD,
                new ConflictId("c-1"),
                new ConflictOpening(
                        new PartnerId("p-1"),
                        List.of(new PartnerId("p-2")),
                        topic,
                        "Description",
                        ConflictCategory.COMMUNICATION),
                on);
    }
}
