package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signatures sent at the same moment, many times over: two signatories of one partner racing end with one
 * signature and one 409, and signatures of different partners racing are both kept, the one refused as a
 * concurrent change once retried. Never a 5xx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RacingSignaturesTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    MongoDatabase database;

    private final ExecutorService racers = Executors.newFixedThreadPool(2);
    private String partnership;
    private String a;
    private String b;
    private LedgerHttp firstOfA;
    private LedgerHttp secondOfA;
    private LedgerHttp signatoryOfB;
    private int version;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        String directory = Files.createTempDirectory("ledger-racing").toString();
        registry.add("ledger.data-dir", () -> directory);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @BeforeAll
    void twoPartnersWithTheirSignatories() throws Exception {
        TestUsers test = new TestUsers(users, port);
        LedgerHttp facilitator = test.facilitator();
        HttpResponse<String> formed = facilitator.post(
                "/api/partnerships",
                """
                {"name": "Grønlændere i Esbjerg", "purpose": "Better lives for Greenlanders", "occurredOn": "2004-01-05",
                 "partners": [{"name": "Esbjerg Kommune", "sector": "PUBLIC"},
                              {"name": "Det Grønlandske Hus", "sector": "VOLUNTARY"}]}""");
        partnership = formed.headers().firstValue("Location").orElseThrow();
        JsonNode partners = facilitator.eventually(partnership).path("partners");
        a = partners.get(0).path("id").asText();
        b = partners.get(1).path("id").asText();
        for (String[] appointment : new String[][] {{"sign-a-1", a}, {"sign-a-2", a}, {"sign-b", b}}) {
            HttpResponse<String> appointed = facilitator.post(
                    partnership + "/representatives",
                    """
                    {"person": "%s", "partner": "%s", "role": "SIGNATORY", "occurredOn": "2004-01-06"}"""
                            .formatted(appointment[0], appointment[1]));
            assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
        }
        HttpResponse<String> proposer = facilitator.post(
                partnership + "/representatives",
                """
                {"person": "proposer", "partner": "%s", "role": "STEERING_GROUP", "occurredOn": "2004-01-06"}"""
                        .formatted(a));
        assertThat(proposer.statusCode()).isEqualTo(201);
        firstOfA = test.person("sign-a-1");
        secondOfA = test.person("sign-a-2");
        signatoryOfB = test.person("sign-b");
    }

    @AfterAll
    void stopRacers() {
        racers.shutdownNow();
    }

    @RepeatedTest(25)
    void twoSignatoriesOfOnePartnerRacingLeaveOneSignatureAndOne409() throws Exception {
        String hash = proposeAVersion();

        List<HttpResponse<String>> answers = race(
                () -> firstOfA.post(signatures(), signature(a, hash, "sign-a-1")),
                () -> secondOfA.post(signatures(), signature(a, hash, "sign-a-2")));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 409);
        HttpResponse<String> refused = answers.stream()
                .filter(answer -> answer.statusCode() == 409)
                .findFirst()
                .orElseThrow();
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).containsAnyOf("version-already-signed", "retry");
        assertThat(signaturesStored(a)).isEqualTo(1);
    }

    /**
     * A signature recorded between the other's authority check and its command refuses that command as a
     * concurrent change (it would be decided on events its check did not see); retried, it is kept.
     */
    @RepeatedTest(25)
    void signaturesOfTwoPartnersRacingAreBothKeptOnceARefusedOneIsRetried() throws Exception {
        String hash = proposeAVersion();

        List<HttpResponse<String>> answers = race(
                () -> firstOfA.post(signatures(), signature(a, hash, "sign-a-1")),
                () -> signatoryOfB.post(signatures(), signature(b, hash, "sign-b")));

        assertThat(answers).extracting(HttpResponse::statusCode).contains(201).isSubsetOf(201, 409);
        if (answers.get(0).statusCode() == 409) {
            assertThat(answers.get(0).body()).contains("concurrent-change");
            assertThat(signaturesStored(a)).isZero();
            assertThat(firstOfA.post(signatures(), signature(a, hash, "sign-a-1"))
                            .statusCode())
                    .isEqualTo(201);
        }
        if (answers.get(1).statusCode() == 409) {
            assertThat(answers.get(1).body()).contains("concurrent-change");
            assertThat(signaturesStored(b)).isZero();
            assertThat(signatoryOfB
                            .post(signatures(), signature(b, hash, "sign-b"))
                            .statusCode())
                    .isEqualTo(201);
        }
        assertThat(signaturesStored(a)).isEqualTo(1);
        assertThat(signaturesStored(b)).isEqualTo(1);
    }

    private List<HttpResponse<String>> race(Callable<HttpResponse<String>> first, Callable<HttpResponse<String>> second)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<HttpResponse<String>>> running = new ArrayList<>();
        for (Callable<HttpResponse<String>> racer : List.of(first, second)) {
            running.add(racers.submit(() -> {
                start.await();
                return racer.call();
            }));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : running) {
            answers.add(answer.get());
        }
        return answers;
    }

    private String proposeAVersion() throws Exception {
        version++;
        HttpResponse<String> proposed = new TestUsers(users, port)
                .person("proposer")
                .post(
                        partnership + "/agreement/versions",
                        """
                {"proposedBy": "%s", "occurredOn": "2004-02-01", "content": %s}"""
                                .formatted(a, content(version)));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        return firstOfA.read(proposed.body()).path("contentHash").asText();
    }

    private String signatures() {
        return partnership + "/agreement/versions/" + version + "/signatures";
    }

    private long signaturesStored(String partner) {
        List<Document> signed = database.getCollection("events")
                .find(Filters.eq("payloadType", "org.partnershipledger.core.partnership.AgreementSigned"))
                .into(new ArrayList<>());
        return signed.stream()
                .map(event -> event.get("payload", Document.class))
                .filter(payload -> payload.getInteger("version") == version)
                .filter(payload ->
                        partner.equals(payload.get("partner", Document.class).getString("value")))
                .count();
    }

    private static String signature(String partner, String hash, String signatory) {
        return """
                {"partner": "%s", "contentHash": "%s", "signatory": "%s", "occurredOn": "2004-02-10"}"""
                .formatted(partner, hash, signatory);
    }

    private static String content(int version) {
        return """
                {"background": {"problem": "Greenlanders in Esbjerg fall between services", "strengths": []},
                 "goals": {"goals": ["A house"], "successCriteria": ["Visitors"]},
                 "contentAndQuality": {"activity": "Counselling", "qualityRequirements": "Staff"},
                 "organisation": {"rightsAndDuties": "Equal", "responsibilities": [],
                                  "governance": {"steeringGroupCadence": "monthly", "workingGroupCadence": "weekly"},
                                  "information": {"internal": "Minutes", "external": "Together"}},
                 "dialogue": {"rules": "Talk first", "mediator": null},
                 "plan": {"phases": []},
                 "budget": {"financing": "Own", "moneyExchanged": false},
                 "changes": {"amendment": "In agreement", "withdrawal": "Notice", "noticePeriod": "P3M"},
                 "riskAssessment": "Version %d",
                 "evaluation": {"method": "Survey", "measurementPoints": [], "anchoring": "Council"},
                 "term": {"startsOn": "2004-02-01", "endsOn": null},
                 "revisionDate": null,
                 "accession": []}"""
                .formatted(version);
    }
}
