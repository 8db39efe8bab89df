package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.partnership.ObservedPhase;
import org.partnershipledger.core.partnership.PhaseObserved;
import org.partnershipledger.web.security.Capacity;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Dates at the ends of time recorded before dates were checked (a facilitator's observation dated
 * -999999999-01-01, another dated +999999999-12-31) cannot be removed from a history, so the timeline must
 * still answer, as data and as pages, in the time any other takes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExtremeDatesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    EventStore eventStore;

    private LedgerHttp facilitator;
    private String person;
    private String partnership;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-extreme-dates").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @BeforeEach
    void aPartnershipWithObservationsAtTheEndsOfTime() throws Exception {
        person = "facilitator-" + Long.toString(System.nanoTime(), 36);
        facilitator = new TestUsers(userAccounts, port).user(new PersonId(person), Capacity.FACILITATOR);
        HttpResponse<String> formed = facilitator.post(
                "/api/partnerships",
                """
                {"name": "Vold mod kvinder", "purpose": "Help", "occurredOn": "2003-08-15",
                 "partners": [{"name": "Mødrehjælpen", "sector": "VOLUNTARY"}, {"name": "Frederiksberg Kommune", "sector": "PUBLIC"}]}""");
        assertThat(formed.statusCode()).as(formed.body()).isEqualTo(201);
        partnership = formed.headers().firstValue("Location").orElseThrow();
        facilitator.eventually(partnership);
        String id = partnership.substring(partnership.lastIndexOf('/') + 1);
        // Appended to the store directly, as the ledger took such dates before they were checked.
        observe(id, 1, LocalDate.MIN);
        observe(id, 2, LocalDate.MAX);
    }

    @Test
    void theTimelineOfAHistoryWithDatesAtTheEndsOfTimeAnswers() throws Exception {
        HttpResponse<String> timeline =
                facilitator.send(facilitator.request(partnership + "/timeline").timeout(PATIENCE));

        assertThat(timeline.statusCode()).as(timeline.body()).isEqualTo(200);
        assertThat(timeline.body()).contains("-999999999-01-01");
    }

    @Test
    void theTimelinePagesOfAHistoryWithDatesAtTheEndsOfTimeAnswer() throws Exception {
        PageSession browser = PageSession.signIn(port, "person-" + person, TestUsers.PASSWORD, "en");
        String page = "/partnerships/" + partnership.substring(partnership.lastIndexOf('/') + 1) + "/timeline";

        for (String path : new String[] {page, page + "?day=0", page + ".svg", page + ".png"}) {
            HttpResponse<byte[]> answer = browser.bytes(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).isNotEmpty();
        }
    }

    private void observe(String partnershipId, long sequence, LocalDate on) {
        eventStore.publish(new GenericDomainEventMessage<>(
                "Partnership",
                partnershipId,
                sequence,
                new PhaseObserved(
                        new PartnershipId(partnershipId), new PersonId(person), ObservedPhase.CONTROL, null, on)));
    }
}
