package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.conflict.ConflictCategory;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.ConflictOpening;
import org.partnershipledger.core.decision.Attendee;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.MeetingKind;
import org.partnershipledger.core.decision.Proposal;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.decision.ProposalPut;
import org.partnershipledger.core.decision.Stance;
import org.partnershipledger.core.decision.StanceGiven;
import org.partnershipledger.core.partnership.AppointRepresentative;
import org.partnershipledger.core.partnership.FormPartnership;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.RaiseConflict;
import org.partnershipledger.core.partnership.RecordMeeting;
import org.partnershipledger.core.partnership.ResolveConflict;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.web.security.UserAccounts;
import org.partnershipledger.web.store.DataStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every read model can be rebuilt from the history at any time: rebuilt while commands keep coming, it
 * equals the model kept live, and rebuilding it again gives the same documents byte for byte.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReplayTest {

    private static final int PARTNERSHIPS = 850; // 12 events each: 10,200 events
    private static final Map<String, List<String>> READ_MODELS = Map.of(
            "partnership-summary", List.of("partnership_summaries"),
            "decision-trail", List.of("decision_trails", "decisions"),
            "conflict-history", List.of("conflict_histories", "conflicts_by_partnership"),
            "programme-summary", List.of("programme_summaries"));

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    EventStore eventStore;

    @Autowired
    MongoDatabase database;

    @Autowired
    UserAccounts users;

    @Autowired
    DataStore store;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-replay").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @Test
    void aReadModelRebuiltWhileCommandsKeepComingEqualsTheOneKeptLiveByteForByte() throws Exception {
        for (int i = 0; i < PARTNERSHIPS; i++) {
            liveThrough(i);
        }
        assertThat(eventStore.createHeadToken().position().orElseThrow()).isGreaterThanOrEqualTo(10_000L);
        awaitCaughtUp();
        Map<String, String> live = dump();
        // Commands, their checks and every processor's tail read their events by index, not by reading all.
        assertThat(store.embedded().documentsScanned("ledger", "events")).isZero();

        // Damage every read model, so only a real rebuild from the history can make it equal again.
        for (String collection : live.keySet()) {
            database.getCollection(collection)
                    .updateOne(new Document(), new Document("$set", new Document("damaged", true)));
        }
        LedgerHttp administrator = new TestUsers(users, port).administrator();
        CompletableFuture<Void> meanwhile = CompletableFuture.runAsync(() -> {
            for (int i = PARTNERSHIPS; i < PARTNERSHIPS + 30; i++) {
                liveThrough(i);
            }
        });
        for (String readModel : READ_MODELS.keySet()) {
            assertThat(administrator
                            .post("/api/admin/projections/" + readModel + "/replay", "")
                            .statusCode())
                    .isEqualTo(202);
        }
        meanwhile.get(2, TimeUnit.MINUTES);
        awaitCaughtUp();
        Map<String, String> rebuilt = dump();

        for (String collection : live.keySet()) {
            assertThat(rebuilt.get(collection)).as(collection).startsWith(live.get(collection));
        }
        for (String readModel : READ_MODELS.keySet()) {
            administrator.post("/api/admin/projections/" + readModel + "/replay", "");
        }
        awaitCaughtUp();
        assertThat(dump()).isEqualTo(rebuilt);
        assertThat(store.embedded().documentsScanned("ledger", "events")).isZero();
        assertThat(administrator
                        .post("/api/admin/projections/no-such-model/replay", "")
                        .statusCode())
                .isEqualTo(404);
    }

    /** A partnership's first months: formed, represented, a decision in agreement, a conflict resolved. */
    private void liveThrough(int number) {
        // Ids sort in the order they were made, so a dump of the older ones is a prefix of the newer dump.
        String id = "p%05d".formatted(number);
        PartnershipId partnership = new PartnershipId(id);
        LocalDate formed = LocalDate.of(2003, 1, 1).plusDays(number % 300);
        List<Partner> partners = List.of(
                new Partner(new PartnerId(id + "-ngo"), "NGO " + number, Sector.VOLUNTARY),
                new Partner(new PartnerId(id + "-municipality"), "Municipality " + number, Sector.PUBLIC),
                new Partner(new PartnerId(id + "-police"), "Police " + number, Sector.PUBLIC));
        commands.sendAndWait(new FormPartnership(partnership, "Partnership " + number, "Purpose", formed, partners));
        List<Attendee> attendees = new ArrayList<>();
        List<StanceGiven> stances = new ArrayList<>();
        for (Partner partner : partners) {
            PersonId person = new PersonId(partner.id().value() + "-rep");
            commands.sendAndWait(
                    new AppointRepresentative(partnership, person, partner.id(), Role.STEERING_GROUP, formed));
            attendees.add(new Attendee(person, partner.id()));
            stances.add(new StanceGiven(partner.id(), Stance.CONSENT, person, null, formed.plusDays(30)));
        }
        Proposal proposal = new Proposal(
                new ProposalId(id + "-cadence"),
                "Meet quarterly",
                partners.get(0).id(),
                null);
        commands.sendAndWait(new RecordMeeting(
                partnership,
                new MeetingId(id + "-m1"),
                MeetingKind.STEERING_GROUP,
                formed.plusDays(30),
                attendees,
                List.of("Cadence"),
                "Minutes",
                List.of(new ProposalPut(proposal, stances))));
        ConflictId conflict = new ConflictId(id + "-c1");
        commands.sendAndWait(new RaiseConflict(
                partnership,
                conflict,
                new ConflictOpening(
                        partners.get(0).id(),
                        List.of(partners.get(1).id()),
                        "Press",
                        "Too early",
                        ConflictCategory.COMMUNICATION),
                formed.plusDays(40)));
        commands.sendAndWait(new ResolveConflict(
                partnership,
                conflict,
                "Inform first",
                java.util.Set.of(partners.get(0).id(), partners.get(1).id()),
                formed.plusDays(50)));
    }

    private void awaitCaughtUp() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            long head = eventStore.createHeadToken().position().orElse(-1);
            boolean caughtUp = READ_MODELS.keySet().stream()
                    .map(name -> processing
                            .eventProcessor(name, StreamingEventProcessor.class)
                            .orElseThrow())
                    .allMatch(processor -> !processor.processingStatus().isEmpty()
                            && processor.processingStatus().values().stream()
                                    .allMatch(status -> status.isCaughtUp()
                                            && status.getCurrentPosition().orElse(-1) >= head));
            if (caughtUp) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The read models did not catch up within five minutes");
    }

    /** Every read-model collection as text, documents in id order. */
    private Map<String, String> dump() {
        return READ_MODELS.values().stream()
                .flatMap(List::stream)
                .collect(Collectors.toMap(collection -> collection, collection -> database
                        .getCollection(collection)
                        .find()
                        .sort(new Document("_id", 1))
                        .map(Document::toJson)
                        .into(new ArrayList<>())
                        .stream()
                        .collect(Collectors.joining("\n"))));
    }
}
