package org.partnershipledger.web;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.store.HashChain;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Verification over HTTP: partners witness their history's head, an edit made directly in the database
 * shows as a broken chain, and a history rewritten with freshly computed hashes no longer has the head
 * every partner witnessed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerificationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    MongoDatabase database;

    private TestUsers test;
    private String partnership;
    private String id;
    private String a;
    private String b;
    private String anne;
    private String mads;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-verification").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @BeforeEach
    void recordAPartnershipOfTwo() throws Exception {
        test = new TestUsers(users, port);
        String suffix = PersonId.generate().value().substring(0, 8);
        anne = "anne-" + suffix;
        mads = "mads-" + suffix;
        LedgerHttp facilitator = test.facilitator();
        HttpResponse<String> formed = facilitator.post(
                "/api/partnerships",
                """
                {"name": "Grønlændere i Esbjerg", "purpose": "Inclusion", "occurredOn": "2003-03-01",
                 "partners": [{"name": "Esbjerg Kommune", "sector": "PUBLIC"},
                              {"name": "Foreningen", "sector": "VOLUNTARY"}]}""");
        partnership = formed.headers().firstValue("Location").orElseThrow();
        id = partnership.substring(partnership.lastIndexOf('/') + 1);
        JsonNode partners = facilitator.eventually(partnership).path("partners");
        a = partners.get(0).path("id").asText();
        b = partners.get(1).path("id").asText();
        appoint(facilitator, anne, a);
        appoint(facilitator, mads, b);
    }

    @Test
    void partnersWitnessTheHeadAndVerificationReportsItInTheChain() throws Exception {
        JsonNode verified = verification();
        assertThat(verified.path("intact").asBoolean()).isTrue();
        assertThat(verified.path("eventCount").asLong()).isEqualTo(3);
        String head = verified.path("headHash").asText();
        assertThat(head).isEqualTo(stream().get(2).getString(HashChain.HASH));
        assertThat(verified.path("witnessedCheckpoint").isNull()).isTrue();

        assertThat(witness(anne, a, head, 3).statusCode()).isEqualTo(201);
        assertThat(verification().path("witnessedCheckpoint").isNull()).isTrue();
        assertThat(witness(mads, b, head, 3).statusCode()).isEqualTo(201);

        JsonNode witnessed = verification();
        assertThat(witnessed.path("intact").asBoolean()).isTrue();
        assertThat(witnessed.path("eventCount").asLong()).isEqualTo(5);
        assertThat(witnessed.path("witnessedCheckpoint").path("headHash").asText())
                .isEqualTo(head);
        assertThat(witnessed.path("witnessedCheckpoint").path("eventCount").asLong())
                .isEqualTo(3);
        assertThat(witnessed.path("witnessedCheckpoint").path("inChain").asBoolean())
                .isTrue();
        assertThat(witnessed.path("witnessedCheckpoint").path("witnesses")).hasSize(2);
    }

    @Test
    void aHeadTheChainDoesNotHaveIsRefusedAndNothingIsRecorded() throws Exception {
        String head = verification().path("headHash").asText();

        HttpResponse<String> wrongCount = witness(anne, a, head, 2);
        assertThat(wrongCount.statusCode()).isEqualTo(409);
        assertThat(test.anonymous().read(wrongCount.body()).path("rule").asText())
                .isEqualTo("checkpoint-not-in-chain");
        assertThat(witness(anne, a, "0".repeat(64), 3).statusCode()).isEqualTo(409);
        HttpResponse<String> malformed = witness(anne, a, "not a hash", 3);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("headHash");
        assertThat(witness(anne, b, head, 3).statusCode()).isEqualTo(403);

        assertThat(stream()).hasSize(3);
    }

    @Test
    void anEditInTheDatabaseShowsWhereTheChainBreaksAndWhy() throws Exception {
        Document second = stream().get(1);
        events().updateOne(
                        eq("_id", second.get("_id")), new Document("$set", new Document("occurredOn", "2003-02-01")));

        JsonNode verified = verification();
        assertThat(verified.path("intact").asBoolean()).isFalse();
        assertThat(verified.path("firstBreak").path("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(verified.path("firstBreak").path("reason").asText()).isEqualTo("content changed");
        assertThat(verified.path("firstBreak").path("eventIdentifier").asText())
                .isEqualTo(second.getString("eventIdentifier"));
    }

    @Test
    void aHistoryRewrittenWithFreshHashesNoLongerHasTheHeadThePartnersWitnessed() throws Exception {
        String head = verification().path("headHash").asText();
        witness(anne, a, head, 3);
        witness(mads, b, head, 3);

        // Someone with write access changes the formation date and recomputes every hash after it.
        List<Document> stream = stream();
        String previous = HashChain.GENESIS;
        for (int i = 0; i < stream.size(); i++) {
            Document event = stream.get(i);
            if (i == 0) {
                event.put("occurredOn", "2002-03-01");
            }
            event.put(HashChain.PREVIOUS_HASH, previous);
            event.put(HashChain.HASH, HashChain.hash(previous, event));
            events().replaceOne(eq("_id", event.get("_id")), event);
            previous = event.getString(HashChain.HASH);
        }
        database.getCollection("chainHeads")
                .replaceOne(
                        eq("_id", id),
                        new Document("_id", id)
                                .append("sequenceNumber", (long) stream.size() - 1)
                                .append(HashChain.HASH, previous),
                        new ReplaceOptions().upsert(true));

        JsonNode verified = verification();
        assertThat(verified.path("firstBreak").isNull()).isTrue();
        assertThat(verified.path("intact").asBoolean()).isFalse();
        assertThat(verified.path("witnessedCheckpoint").path("inChain").asBoolean())
                .isFalse();
    }

    private JsonNode verification() throws Exception {
        HttpResponse<String> response = test.person(anne).get(partnership + "/verification");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return test.anonymous().read(response.body());
    }

    private HttpResponse<String> witness(String person, String partner, String head, long events) throws Exception {
        return test.person(person)
                .post(
                        partnership + "/checkpoints",
                        """
                {"partner": "%s", "witness": "%s", "headHash": "%s", "eventCount": %d, "occurredOn": "2004-01-10"}"""
                                .formatted(partner, person, head, events));
    }

    private void appoint(LedgerHttp facilitator, String person, String partner) throws Exception {
        HttpResponse<String> appointed = facilitator.post(
                partnership + "/representatives",
                """
                {"person": "%s", "partner": "%s", "role": "STEERING_GROUP", "occurredOn": "2003-03-15"}"""
                        .formatted(person, partner));
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
    }

    private MongoCollection<Document> events() {
        return database.getCollection("events");
    }

    private List<Document> stream() {
        List<Document> stream = new ArrayList<>();
        events().find(and(eq("aggregateIdentifier", id)))
                .sort(Sorts.ascending("sequenceNumber"))
                .forEach(stream::add);
        return stream;
    }
}
