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
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
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
import org.partnershipledger.core.partnership.AppointRepresentative;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.PartnershipRules;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.core.partnership.WithdrawPartner;
import org.partnershipledger.core.store.ChainVerification;
import org.partnershipledger.core.store.LedgerSerializer;
import org.partnershipledger.core.store.MongoEventStorageEngine;
import org.partnershipledger.query.export.EventsJsonLines;
import org.partnershipledger.query.history.HistoryEvent;
import org.partnershipledger.query.history.PartnershipHistory;
import org.partnershipledger.web.backup.BackupCommand;
import org.partnershipledger.web.store.DataStore;
import org.partnershipledger.web.store.ReadModels;
import org.partnershipledger.web.verification.ChainCheck;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A {@link PartnerWithdrew} stored by an older version of the ledger, as revision 1 with its day of notice
 * named {@code noticeGivenOn}, is read by this version as revision 2 (with {@code occurredOn}) everywhere:
 * by the aggregate, the read models, the exports and the verification, while the stored document stays as
 * it was written, so its hash chain holds.
 */
class OlderEventShapesTest {

    private static final PartnershipId ID = new PartnershipId("aeldre-i-aarhus");
    private static final Partner KOMMUNE = new Partner(new PartnerId("kommune"), "Aarhus Kommune", Sector.PUBLIC);
    private static final Partner DGI = new Partner(new PartnerId("dgi"), "DGI", Sector.VOLUNTARY);
    private static final Partner ÆLDRESAGEN = new Partner(new PartnerId("aeldresagen"), "Ældresagen", Sector.VOLUNTARY);
    private static final LocalDate FORMED = LocalDate.of(2019, 9, 1);
    private static final LocalDate NOTICE = LocalDate.of(2020, 3, 1);

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

    /** The event serializer of that version: the same, but it names the old shape as revision 1. */
    static final class RevisionOneSerializer extends JacksonSerializer {

        RevisionOneSerializer() {
            super(JacksonSerializer.builder().objectMapper(LedgerSerializer.objectMapper()));
        }

        @Override
        @SuppressWarnings("rawtypes")
        public SerializedType typeForClass(Class type) {
            return type == PartnerWithdrewRevision1.class
                    ? new SimpleSerializedType(PartnerWithdrew.class.getName(), "1")
                    : super.typeForClass(type);
        }
    }

    @BeforeEach
    void anOlderVersionRecordedAWithdrawal() throws Exception {
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
                            new PartnerWithdrewRevision1(ID, DGI.id(), "Reorganised", NOTICE, NOTICE)));
            olderEngine.close();
            store.getBean(DataStore.class).awaitDurable();
        }
    }

    @Test
    void aWithdrawalStoredAsRevisionOneIsReadAsRevisionTwoEverywhereAndItsChainHolds() throws Exception {
        try (ConfigurableApplicationContext ledger =
                new SpringApplicationBuilder(LedgerApplication.class).run(ledgerSettings())) {
            CommandGateway commands = ledger.getBean(CommandGateway.class);
            // The aggregate replays the old event: a new command works, and the partner that left is gone.
            commands.sendAndWait(new AppointRepresentative(
                    ID, new PersonId("else"), ÆLDRESAGEN.id(), Role.STEERING_GROUP, NOTICE.plusDays(10)));
            assertThatThrownBy(
                            () -> commands.sendAndWait(new WithdrawPartner(ID, DGI.id(), "Again", NOTICE.plusDays(20))))
                    .isInstanceOf(PartnershipRules.NotAPartner.class);

            List<HistoryEvent> history =
                    ledger.getBean(PartnershipHistory.class).of(ID.value());
            assertThat(history).hasSize(4);
            PartnerWithdrew withdrawal = (PartnerWithdrew) history.get(2).event();
            assertThat(withdrawal.occurredOn()).isEqualTo(NOTICE);
            assertThat(withdrawal.effectiveOn()).isEqualTo(NOTICE);
            assertThat(history.get(2).occurredOn()).isEqualTo(NOTICE);

            // Read models are built from the start here: each has taken the old event as well.
            assertThat(ledger.getBean(ReadModels.class).awaitUpToDate(Duration.ofMinutes(1)))
                    .isTrue();
            MongoDatabase database = ledger.getBean(MongoDatabase.class);
            Document summary = database.getCollection("partnership_summaries")
                    .find(eq("_id", ID.value()))
                    .first();
            assertThat(summary).isNotNull();
            assertThat(summary.toJson()).contains("\"partner\": \"dgi\", \"on\": \"2020-03-01\"");

            ByteArrayOutputStream export = new ByteArrayOutputStream();
            EventsJsonLines.write(history, export);
            JsonNode exported = new ObjectMapper()
                    .readTree(export.toString(StandardCharsets.UTF_8)
                            .lines()
                            .toList()
                            .get(2));
            assertThat(exported.path("type").asText()).isEqualTo("PartnerWithdrew");
            assertThat(exported.path("event").path("occurredOn").asText()).isEqualTo("2020-03-01");
            assertThat(exported.path("event").has("noticeGivenOn")).isFalse();

            // Stored as it was written, so the chain the older version began verifies and goes on.
            Document stored = database.getCollection("events")
                    .find(and(eq("aggregateIdentifier", ID.value()), eq("sequenceNumber", 2)))
                    .first();
            assertThat(stored.getString("payloadRevision")).isEqualTo("1");
            assertThat(stored.get("payload", Document.class).getString("noticeGivenOn"))
                    .isEqualTo("2020-03-01");
            ChainVerification.Report chain = new ChainVerification(database).verify(ID.value());
            assertThat(chain.intact()).isTrue();
            assertThat(chain.eventCount()).isEqualTo(4);
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
