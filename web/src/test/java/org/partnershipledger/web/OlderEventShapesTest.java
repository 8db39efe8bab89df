package org.partnershipledger.web;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.DomainEvent;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.decision.Proposal;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.ProposalSettledException;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.core.partnership.AppointRepresentative;
import org.partnershipledger.core.partnership.ClosePartnership.ClosingReason;
import org.partnershipledger.core.partnership.MeetingRecorded;
import org.partnershipledger.core.partnership.OpenedToResearch;
import org.partnershipledger.core.partnership.OutsideRecord;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnerAdmitted;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.core.partnership.PartnershipClosed;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.PartnershipRules;
import org.partnershipledger.core.partnership.ProposalRecorded;
import org.partnershipledger.core.partnership.ProposalRetracted;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.RetractProposal;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.core.partnership.StanceRecorded;
import org.partnershipledger.core.partnership.WithdrawPartner;
import org.partnershipledger.core.programme.KickOffAlreadyHeldException;
import org.partnershipledger.core.programme.ProgrammeId;
import org.partnershipledger.core.programme.ProgrammeMeetingKind;
import org.partnershipledger.core.programme.ProgrammeMeetingRecorded;
import org.partnershipledger.core.programme.ProgrammeStarted;
import org.partnershipledger.core.programme.RecordProgrammeMeeting;
import org.partnershipledger.core.store.ChainVerification;
import org.partnershipledger.core.store.LedgerSerializer;
import org.partnershipledger.core.store.MongoEventStorageEngine;
import org.partnershipledger.query.decision.DecisionView;
import org.partnershipledger.query.decision.FindDecisions;
import org.partnershipledger.query.export.EventsJsonLines;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipHistory;
import org.partnershipledger.query.programme.ProgrammeHistory;
import org.partnershipledger.web.backup.BackupCommand;
import org.partnershipledger.web.store.DataStore;
import org.partnershipledger.web.store.ReadModels;
import org.partnershipledger.web.verification.ChainCheck;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Events stored by an older version of the ledger in an older shape are read by this version in the current
 * one everywhere: by the aggregate, the read models, the exports and the verification, while the stored
 * documents stay as they were written, so their hash chains hold. The older shapes: a {@link PartnerWithdrew}
 * whose day of notice was {@code noticeGivenOn}; a stance whose giver was {@code stance.by}; a proposal taken
 * back stored as {@code ProposalWithdrawn}; an admission, an opening to research and a closing whose adopted
 * proposal was {@code decision}; a programme meeting whose day was {@code heldOn}.
 */
class OlderEventShapesTest {

    private static final PartnershipId ID = new PartnershipId("aeldre-i-aarhus");
    private static final Partner KOMMUNE = new Partner(new PartnerId("kommune"), "Aarhus Kommune", Sector.PUBLIC);
    private static final Partner DGI = new Partner(new PartnerId("dgi"), "DGI", Sector.VOLUNTARY);
    private static final Partner ÆLDRESAGEN = new Partner(new PartnerId("aeldresagen"), "Ældresagen", Sector.VOLUNTARY);
    private static final LocalDate FORMED = LocalDate.of(2019, 9, 1);
    private static final LocalDate NOTICE = LocalDate.of(2020, 3, 1);
    private static final LocalDate MEETING = LocalDate.of(2020, 4, 1);
    private static final LocalDate RETRACTED = LocalDate.of(2020, 4, 15);
    private static final LocalDate ADMITTED = LocalDate.of(2020, 5, 1);
    private static final LocalDate LATER = LocalDate.of(2020, 6, 1);
    private static final Partner FRIVILLIGCENTER =
            new Partner(new PartnerId("frivilligcenter"), "Frivilligcenter Aarhus", Sector.VOLUNTARY);
    private static final PartnershipId CLOSED = new PartnershipId("closed-early");
    private static final ProgrammeId PROGRAMME = new ProgrammeId("samvaer-2020");
    private static final LocalDate KICK_OFF = LocalDate.of(2020, 2, 1);

    private TestStore dataStore;

    /** The partner's notice, as the ledger wrote it before the day of notice was renamed. */
    record PartnerWithdrewRevision1(
            PartnershipId partnershipId,
            PartnerId partner,
            String reason,
            LocalDate noticeGivenOn,
            LocalDate effectiveOn)
            implements DomainEvent {

        @Override
        public LocalDate occurredOn() {
            return noticeGivenOn;
        }
    }

    /** A stance as the ledger wrote it before its giver was named {@code givenBy}. */
    record StanceGivenRevision1(
            PartnerId partner, Stance stance, PersonId by, String reason, boolean reasonPersonal, LocalDate givenOn) {}

    record StanceRecordedRevision1(
            PartnershipId partnershipId,
            ProposalId proposalId,
            StanceGivenRevision1 stance,
            OutsideRecord recordedOnBehalf)
            implements DomainEvent {

        @Override
        public LocalDate occurredOn() {
            return stance.givenOn();
        }
    }

    /** A proposal taken back, as the ledger wrote it under the type name it had then. */
    record ProposalWithdrawnRevision1(
            PartnershipId partnershipId, ProposalId proposalId, String reason, LocalDate occurredOn)
            implements DomainEvent {}

    record PartnerAdmittedRevision1(
            PartnershipId partnershipId, Partner partner, ProposalId decision, LocalDate occurredOn)
            implements DomainEvent {}

    record OpenedToResearchRevision1(PartnershipId partnershipId, ProposalId decision, LocalDate occurredOn)
            implements DomainEvent {}

    record PartnershipClosedRevision1(
            PartnershipId partnershipId, ClosingReason reason, ProposalId decision, LocalDate occurredOn)
            implements DomainEvent {}

    record ProgrammeMeetingRecordedRevision1(
            ProgrammeId programmeId, ProgrammeMeetingKind kind, LocalDate heldOn, List<PersonId> attendees)
            implements DomainEvent {

        @Override
        public LocalDate occurredOn() {
            return heldOn;
        }
    }

    /** The event serializer of that version: the same, but it names each old shape as it named it then. */
    static final class RevisionOneSerializer extends JacksonSerializer {

        private static final Map<Class<?>, SerializedType> OLDER_SHAPES = Map.of(
                PartnerWithdrewRevision1.class, revisionOne(PartnerWithdrew.class.getName()),
                StanceRecordedRevision1.class, revisionOne(StanceRecorded.class.getName()),
                ProposalWithdrawnRevision1.class,
                        revisionOne("org.partnershipledger.core.partnership.ProposalWithdrawn"),
                PartnerAdmittedRevision1.class, revisionOne(PartnerAdmitted.class.getName()),
                OpenedToResearchRevision1.class, revisionOne(OpenedToResearch.class.getName()),
                PartnershipClosedRevision1.class, revisionOne(PartnershipClosed.class.getName()),
                ProgrammeMeetingRecordedRevision1.class, revisionOne(ProgrammeMeetingRecorded.class.getName()));

        RevisionOneSerializer() {
            super(JacksonSerializer.builder().objectMapper(LedgerSerializer.objectMapper()));
        }

        private static SerializedType revisionOne(String type) {
            return new SimpleSerializedType(type, "1");
        }

        @Override
        @SuppressWarnings("rawtypes")
        public SerializedType typeForClass(Class type) {
            return OLDER_SHAPES.containsKey(type) ? OLDER_SHAPES.get(type) : super.typeForClass(type);
        }
    }

    @BeforeEach
    void anOlderVersionRecordedEventsInTheirOlderShapes() throws Exception {
        dataStore = TestStore.fresh("older-shapes");
        try (ConfigurableApplicationContext store = new SpringApplicationBuilder(ChainCheck.class)
                .web(WebApplicationType.NONE)
                .run(storeSettings())) {
            MongoEventStorageEngine olderEngine = MongoEventStorageEngine.builder()
                    .database(store.getBean(MongoDatabase.class))
                    .eventSerializer(new RevisionOneSerializer())
                    .snapshotSerializer(LedgerSerializer.forSnapshots())
                    .build();
            olderEngine.appendEvents(
                    new GenericDomainEventMessage<>(
                            "Partnership",
                            ID.value(),
                            0,
                            new PartnershipFormed(
                                    ID, "Ældre i Aarhus", "Less lonely", FORMED, List.of(KOMMUNE, DGI, ÆLDRESAGEN))),
                    new GenericDomainEventMessage<>(
                            "Partnership",
                            ID.value(),
                            1,
                            new RepresentativeAppointed(ID, new PersonId("ole"), KOMMUNE.id(), Role.LEAD, FORMED)),
                    new GenericDomainEventMessage<>(
                            "Partnership",
                            ID.value(),
                            2,
                            new PartnerWithdrewRevision1(ID, DGI.id(), "Reorganised", NOTICE, NOTICE)),
                    new GenericDomainEventMessage<>(
                            "Partnership",
                            ID.value(),
                            3,
                            new MeetingRecorded(
                                    ID,
                                    new MeetingId("m-1"),
                                    MeetingKind.STEERING_GROUP,
                                    List.of(new Attendee(new PersonId("ole"), KOMMUNE.id())),
                                    List.of("Evening walks"),
                                    "Walks agreed",
                                    MEETING)),
                    new GenericDomainEventMessage<>(
                            "Partnership",
                            ID.value(),
                            4,
                            new ProposalRecorded(
                                    ID,
                                    new Proposal(new ProposalId("walks"), "Walk every Tuesday", KOMMUNE.id(), null),
                                    new MeetingId("m-1"),
                                    MEETING)),
                    new GenericDomainEventMessage<>(
                            "Partnership",
                            ID.value(),
                            5,
                            new StanceRecordedRevision1(
                                    ID,
                                    new ProposalId("walks"),
                                    new StanceGivenRevision1(
                                            KOMMUNE.id(), Stance.CONSENT, new PersonId("ole"), "Fits", false, MEETING),
                                    null)),
                    new GenericDomainEventMessage<>(
                            "Partnership",
                            ID.value(),
                            6,
                            new ProposalRecorded(
                                    ID,
                                    new Proposal(new ProposalId("bus"), "Hire a bus", KOMMUNE.id(), null),
                                    new MeetingId("m-1"),
                                    MEETING)),
                    new GenericDomainEventMessage<>(
                            "Partnership",
                            ID.value(),
                            7,
                            new ProposalWithdrawnRevision1(ID, new ProposalId("bus"), "Too dear", RETRACTED)),
                    new GenericDomainEventMessage<>(
                            "Partnership",
                            ID.value(),
                            8,
                            new PartnerAdmittedRevision1(ID, FRIVILLIGCENTER, new ProposalId("walks"), ADMITTED)),
                    new GenericDomainEventMessage<>(
                            "Partnership",
                            ID.value(),
                            9,
                            new OpenedToResearchRevision1(ID, new ProposalId("walks"), ADMITTED)),
                    new GenericDomainEventMessage<>(
                            "Partnership",
                            CLOSED.value(),
                            0,
                            new PartnershipFormed(CLOSED, "Closed early", "Tried", FORMED, List.of(KOMMUNE, DGI))),
                    new GenericDomainEventMessage<>(
                            "Partnership",
                            CLOSED.value(),
                            1,
                            new PartnershipClosedRevision1(
                                    CLOSED, ClosingReason.DECIDED, new ProposalId("stop"), NOTICE)),
                    new GenericDomainEventMessage<>(
                            "Programme",
                            PROGRAMME.value(),
                            0,
                            new ProgrammeStarted(
                                    PROGRAMME,
                                    "Samvær 2020",
                                    new PersonId("facilitator"),
                                    FORMED,
                                    FORMED.plusYears(1))),
                    new GenericDomainEventMessage<>(
                            "Programme",
                            PROGRAMME.value(),
                            1,
                            new ProgrammeMeetingRecordedRevision1(
                                    PROGRAMME,
                                    ProgrammeMeetingKind.KICK_OFF,
                                    KICK_OFF,
                                    List.of(new PersonId("facilitator")))));
            olderEngine.close();
            store.getBean(DataStore.class).awaitDurable();
        }
    }

    @Test
    void eventsStoredInAnOlderShapeAreReadInTheCurrentOneEverywhereAndTheirChainsHold() throws Exception {
        try (ConfigurableApplicationContext ledger =
                new SpringApplicationBuilder(LedgerApplication.class).run(ledgerSettings())) {
            CommandGateway commands = ledger.getBean(CommandGateway.class);
            // The aggregate replays the old event: a new command works, and the partner that left is gone.
            commands.sendAndWait(
                    new AppointRepresentative(ID, new PersonId("else"), ÆLDRESAGEN.id(), Role.STEERING_GROUP, LATER));
            assertThatThrownBy(() -> commands.sendAndWait(new WithdrawPartner(ID, DGI.id(), "Again", LATER)))
                    .isInstanceOf(PartnershipRules.NotAPartner.class);
            // The proposal stored as withdrawn is retracted for the aggregate: it cannot be taken back again.
            assertThatThrownBy(
                            () -> commands.sendAndWait(new RetractProposal(ID, new ProposalId("bus"), "Again", LATER)))
                    .isInstanceOf(ProposalSettledException.class);
            // The programme's kick-off, stored with heldOn, is known on the day it was held.
            assertThatThrownBy(() -> commands.sendAndWait(new RecordProgrammeMeeting(
                            PROGRAMME, ProgrammeMeetingKind.KICK_OFF, LATER, List.of(new PersonId("facilitator")))))
                    .isInstanceOfSatisfying(KickOffAlreadyHeldException.class, held -> assertThat(held.kickOffOn())
                            .isEqualTo(KICK_OFF));

            List<HistoryEvent> history =
                    ledger.getBean(PartnershipHistory.class).of(ID.value());
            assertThat(history).hasSize(11);
            PartnerWithdrew withdrawal = (PartnerWithdrew) history.get(2).event();
            assertThat(withdrawal.occurredOn()).isEqualTo(NOTICE);
            assertThat(withdrawal.effectiveOn()).isEqualTo(NOTICE);
            assertThat(history.get(2).occurredOn()).isEqualTo(NOTICE);
            StanceRecorded stance = (StanceRecorded) history.get(5).event();
            assertThat(stance.stance().givenBy()).isEqualTo(new PersonId("ole"));
            assertThat(stance.stance().occurredOn()).isEqualTo(MEETING);
            ProposalRetracted retracted = (ProposalRetracted) history.get(7).event();
            assertThat(retracted.reason()).isEqualTo("Too dear");
            assertThat(((PartnerAdmitted) history.get(8).event()).proposalId()).isEqualTo(new ProposalId("walks"));
            assertThat(((OpenedToResearch) history.get(9).event()).proposalId()).isEqualTo(new ProposalId("walks"));
            PartnershipClosed closed = (PartnershipClosed) ledger.getBean(PartnershipHistory.class)
                    .of(CLOSED.value())
                    .get(1)
                    .event();
            assertThat(closed.proposalId()).isEqualTo(new ProposalId("stop"));
            ProgrammeMeetingRecorded kickOff = (ProgrammeMeetingRecorded)
                    ledger.getBean(ProgrammeHistory.class).of(PROGRAMME.value()).get(1);
            assertThat(kickOff.occurredOn()).isEqualTo(KICK_OFF);

            // Read models are built from the start here: each has taken the old event as well.
            assertThat(ledger.getBean(ReadModels.class).awaitUpToDate(Duration.ofMinutes(1)))
                    .isTrue();
            MongoDatabase database = ledger.getBean(MongoDatabase.class);
            Document summary = database.getCollection("partnership_summaries")
                    .find(eq("_id", ID.value()))
                    .first();
            assertThat(summary).isNotNull();
            assertThat(summary.toJson()).contains("\"partner\": \"dgi\", \"on\": \"2020-03-01\"");
            List<DecisionView> decisions = ledger.getBean(QueryGateway.class)
                    .query(new FindDecisions(ID.value()), ResponseTypes.multipleInstancesOf(DecisionView.class))
                    .get();
            assertThat(decisions).extracting(DecisionView::proposalId).containsExactly("walks", "bus");
            assertThat(decisions.get(0).stances()).singleElement().satisfies(given -> assertThat(given.givenBy())
                    .isEqualTo("ole"));
            assertThat(decisions.get(1).outcome()).isEqualTo("RETRACTED");
            assertThat(decisions.get(1).retractionReason()).isEqualTo("Too dear");

            ByteArrayOutputStream export = new ByteArrayOutputStream();
            EventsJsonLines.write(history, export);
            List<String> lines = export.toString(StandardCharsets.UTF_8).lines().toList();
            ObjectMapper json = new ObjectMapper();
            JsonNode exported = json.readTree(lines.get(2));
            assertThat(exported.path("type").asText()).isEqualTo("PartnerWithdrew");
            assertThat(exported.path("event").path("occurredOn").asText()).isEqualTo("2020-03-01");
            assertThat(exported.path("event").has("noticeGivenOn")).isFalse();
            JsonNode exportedStance = json.readTree(lines.get(5));
            // Identifiers are exported as the store holds them ({"value": …}).
            assertThat(exportedStance
                            .path("event")
                            .path("stance")
                            .path("givenBy")
                            .toString())
                    .contains("\"ole\"");
            assertThat(exportedStance.path("event").path("stance").has("by")).isFalse();
            assertThat(exportedStance
                            .path("event")
                            .path("stance")
                            .path("occurredOn")
                            .asText())
                    .isEqualTo("2020-04-01");
            assertThat(exportedStance.path("event").path("stance").has("givenOn"))
                    .isFalse();
            assertThat(json.readTree(lines.get(7)).path("type").asText()).isEqualTo("ProposalRetracted");
            JsonNode exportedAdmission = json.readTree(lines.get(8));
            assertThat(exportedAdmission.path("event").path("proposalId").toString())
                    .contains("\"walks\"");
            assertThat(exportedAdmission.path("event").has("decision")).isFalse();

            // Stored as it was written, so the chain the older version began verifies and goes on.
            Document stored = database.getCollection("events")
                    .find(and(eq("aggregateIdentifier", ID.value()), eq("sequenceNumber", 2)))
                    .first();
            assertThat(stored.getString("payloadRevision")).isEqualTo("1");
            assertThat(stored.get("payload", Document.class).getString("noticeGivenOn"))
                    .isEqualTo("2020-03-01");
            Document storedRetraction = database.getCollection("events")
                    .find(and(eq("aggregateIdentifier", ID.value()), eq("sequenceNumber", 7)))
                    .first();
            assertThat(storedRetraction.getString("payloadType"))
                    .isEqualTo("org.partnershipledger.core.partnership.ProposalWithdrawn");
            Document storedStance = database.getCollection("events")
                    .find(and(eq("aggregateIdentifier", ID.value()), eq("sequenceNumber", 5)))
                    .first();
            Document storedGiven = storedStance.get("payload", Document.class).get("stance", Document.class);
            assertThat(storedGiven.get("by").toString()).contains("ole");
            assertThat(storedGiven.getString("givenOn")).isEqualTo("2020-04-01");
            assertThat(storedGiven.containsKey("givenBy")).isFalse();
            ChainVerification.Report chain = new ChainVerification(database).verify(ID.value());
            assertThat(chain.intact()).isTrue();
            assertThat(chain.eventCount()).isEqualTo(11);
            assertThat(new ChainVerification(database).verify(CLOSED.value()).intact())
                    .isTrue();
            assertThat(new ChainVerification(database).verify(PROGRAMME.value()).intact())
                    .isTrue();
        }
        // A backup holds the withdrawal as it is stored, and so restores the chain as it was.
        Path backup = Files.createTempDirectory("ledger-older-shapes-backup").resolve("backup");
        String[] export = Stream.concat(Stream.of("export", backup.toString()), Stream.of(storeSettings()))
                .toArray(String[]::new);
        assertThat(BackupCommand.run(
                        export, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isZero();
        String withdrawal = Files.readAllLines(backup.resolve("events.jsonl")).stream()
                .filter(line -> line.contains("PartnerWithdrew"))
                .findFirst()
                .orElseThrow();
        assertThat(withdrawal).contains("\"payloadRevision\": \"1\"").contains("\"noticeGivenOn\": \"2020-03-01\"");
    }

    @AfterEach
    void dropTheDatabase() {
        dataStore.drop();
    }

    private String[] storeSettings() {
        return dataStore.settings();
    }

    private String[] ledgerSettings() {
        return Stream.concat(Stream.of(dataStore.settings()), Stream.of("--server.port=0"))
                .toArray(String[]::new);
    }
}
