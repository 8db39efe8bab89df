package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.AppointRepresentative;
import org.partnershipledger.core.partnership.ObservedPhase;
import org.partnershipledger.core.partnership.PhaseObserved;
import org.partnershipledger.core.partnership.RecordPhaseObservation;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A command is decided on exactly the events its authority check saw: when something is recorded between
 * the check and the command, the command is refused with a 409 that says to retry, and records nothing;
 * sent again, it is checked anew and recorded. (Snapshotted every three events here, as the partnership's
 * history is loaded from a snapshot on a long history.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentChangeTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    EventStore events;

    @Autowired
    SomethingInBetween inBetween;

    @Autowired
    MongoDatabase database;

    private LedgerHttp facilitator;
    private String partnership;
    private String partner;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-concurrent").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
        registry.add("ledger.snapshots.partnership-every", () -> "3");
    }

    @BeforeEach
    void aPartnership() throws Exception {
        facilitator = new TestUsers(users, port).facilitator();
        HttpResponse<String> formed = facilitator.post(
                "/api/partnerships",
                """
                {"name": "Ældres trivsel", "purpose": "Older people thrive", "occurredOn": "2010-03-01",
                 "partners": [{"name": "Aarhus Kommune", "sector": "PUBLIC"},
                              {"name": "Ældre Sagen", "sector": "VOLUNTARY"}]}""");
        partnership = formed.headers().firstValue("Location").orElseThrow();
        partner = facilitator
                .eventually(partnership)
                .path("partners")
                .get(0)
                .path("id")
                .asText();
    }

    @Test
    void aCommandCheckedAgainstAnOlderVersionThanThePartnershipsIsRefusedWith409AndRecordsNothing() throws Exception {
        inBetween.arm();

        HttpResponse<String> refused = appoint("lise");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(facilitator.read(refused.body()).path("rule").asText()).isEqualTo("concurrent-change");
        assertThat(facilitator.read(refused.body()).path("detail").asText()).contains("retry");
        assertThat(recorded(event -> event instanceof PhaseObserved))
                .as("what came in between")
                .hasSize(1);
        assertThat(recorded(event -> event instanceof RepresentativeAppointed)).isEmpty();
    }

    @Test
    void theSameCommandSentAgainIsCheckedAnewAndRecorded() throws Exception {
        inBetween.arm();
        assertThat(appoint("lise").statusCode()).isEqualTo(409);

        HttpResponse<String> again = appoint("lise");

        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(recorded(event -> event instanceof RepresentativeAppointed)).hasSize(1);
    }

    @Test
    void aCommandCheckedAgainstThePartnershipsVersionIsRecorded() throws Exception {
        HttpResponse<String> appointed = appoint("lise");

        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
        assertThat(recorded(event -> event instanceof RepresentativeAppointed)).hasSize(1);
    }

    @Test
    void aPartnershipIsSnapshottedAsItsHistoryGrowsAndCommandsGoOnFromTheSnapshot() throws Exception {
        for (String person : List.of("lise", "jens", "karen", "ole", "mette")) {
            HttpResponse<String> appointed = appoint(person, "SIGNATORY");
            assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
        }

        Document snapshot = null;
        for (int tries = 0; // taken in the background: the later one a moment after the command
                (snapshot == null
                                || snapshot.get("sequenceNumber", Number.class).longValue() < 3)
                        && tries < 100;
                tries++) {
            Thread.sleep(tries == 0 ? 0 : 100);
            snapshot = database.getCollection("snapshots")
                    .find(new Document("_id", partnership.substring(partnership.lastIndexOf('/') + 1)))
                    .first();
        }

        assertThat(snapshot).isNotNull();
        // At least the one due after three events (one asked for while another is being taken is skipped).
        assertThat(snapshot.get("sequenceNumber", Number.class).longValue()).isGreaterThanOrEqualTo(2);
        assertThat(recorded(event -> event instanceof RepresentativeAppointed)).hasSize(5);
    }

    @Test
    void aPartnershipAnotherNodeChangedIsReadAfreshAfterOneRefusalAndNothingIsLost() throws Exception {
        assertThat(appoint("lise").statusCode()).isEqualTo(201); // this node now holds the partnership in memory
        String id = partnership.substring(partnership.lastIndexOf('/') + 1);
        long next = events.lastSequenceNumberFor(id).orElseThrow() + 1;
        events.publish(new GenericDomainEventMessage<>(
                "Partnership",
                id,
                next,
                new PhaseObserved(
                        new PartnershipId(id),
                        new PersonId("observer"),
                        ObservedPhase.BELONGING,
                        "Recorded by another node",
                        LocalDate.of(2010, 3, 2))));

        HttpResponse<String> first = appoint("jens", "SIGNATORY");
        HttpResponse<String> last = first.statusCode() == 409 ? appoint("jens", "SIGNATORY") : first;

        assertThat(last.statusCode()).as(last.body()).isEqualTo(201);
        assertThat(recorded(event -> event instanceof PhaseObserved)).hasSize(1);
        assertThat(recorded(event -> event instanceof RepresentativeAppointed)).hasSize(2);
        assertThat(facilitator
                        .read(facilitator.get(partnership + "/verification").body())
                        .path("intact")
                        .asBoolean())
                .isTrue();
    }

    private HttpResponse<String> appoint(String person) throws Exception {
        return appoint(person, "LEAD");
    }

    private HttpResponse<String> appoint(String person, String role) throws Exception {
        return facilitator.post(
                partnership + "/representatives",
                """
                {"person": "%s", "partner": "%s", "role": "%s", "occurredOn": "2010-03-02"}"""
                        .formatted(person, partner, role));
    }

    private List<Object> recorded(Predicate<Object> kind) {
        String id = partnership.substring(partnership.lastIndexOf('/') + 1);
        return events.readEvents(id, 0)
                .asStream()
                .map(message -> (Object) message.getPayload())
                .filter(kind)
                .toList();
    }

    @TestConfiguration
    static class InBetween {

        @Bean
        SomethingInBetween somethingInBetween(@Lazy CommandBus commands) {
            return new SomethingInBetween(commands);
        }
    }

    /**
     * Once armed, records an observation in the partnership just before the next appointment pinned by its
     * check is dispatched: what another request could have recorded in that moment.
     */
    static final class SomethingInBetween implements MessageDispatchInterceptor<CommandMessage<?>> {

        private final CommandBus commands;
        private volatile boolean armed;

        SomethingInBetween(CommandBus commands) {
            this.commands = commands;
        }

        void arm() {
            armed = true;
        }

        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                List<? extends CommandMessage<?>> messages) {
            return (index, command) -> {
                if (armed && command.getPayload() instanceof AppointRepresentative appoint) {
                    armed = false;
                    commands.dispatch(GenericCommandMessage.asCommandMessage(new RecordPhaseObservation(
                            appoint.partnershipId(),
                            new PersonId("observer"),
                            ObservedPhase.BELONGING,
                            "Recorded between the check and the command",
                            LocalDate.of(2010, 3, 2))));
                }
                return command;
            };
        }
    }
}
