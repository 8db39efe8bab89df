package org.partnershipledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.Personal;
import org.partnershipledger.core.erasure.PersonErased;
import org.partnershipledger.web.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A citizen partner asks to be erased: her name, her diary and the reason she marked personal are stored
 * encrypted from the start, and after the erasure no collection of the database holds them in plain text,
 * the ledger and its exports show her as erased, and the history still verifies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErasureApiTest {

    private static final String CITIZEN = "Karen Margrethe Jensen";
    private static final String DIARY = "I felt unheard again today";
    private static final String REASON = "Because of my own illness";
    private static final String HER_NAME = "Karen M. Jensen Holm";
    private static final String HER_EMAIL = "karen.holm@example.dk";
    private static final String MINUTES = "The board agreed on walking groups";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    MongoDatabase database;

    private static Path directory;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        directory = Files.createTempDirectory("ledger-erasure");
        registry.add("ledger.data-dir", directory::toString);
        registry.add("ledger.mongodb.uri", () -> "");
    }

    @Test
    void anErasedPersonsPersonalDataIsNowhereInTheDatabaseAndTheHistoryStillVerifies() throws Exception {
        TestUsers test = new TestUsers(users, port);
        LedgerHttp facilitator = test.facilitator();
        String partnership = facilitator
                .post(
                        "/api/partnerships",
                        """
                {"name": "Ældre i Aarhus", "purpose": "Older people less lonely", "occurredOn": "2024-01-10",
                 "partners": [{"name": "Aarhus Kommune", "sector": "PUBLIC"}, {"name": "%s", "sector": "CITIZEN"}]}"""
                                .formatted(CITIZEN))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        JsonNode partners = facilitator.eventually(partnership).path("partners");
        String kommune = partners.get(0).path("id").asText();
        String citizen = partners.get(1).path("id").asText();
        appoint(facilitator, partnership, "anne", kommune, "SECRETARY");
        appoint(facilitator, partnership, "karen", citizen, "STEERING_GROUP");
        created(facilitator.post(
                "/api/persons",
                """
                {"id": "karen", "name": "%s", "email": "%s", "phone": "+45 87 65 43 21"}"""
                        .formatted(HER_NAME, HER_EMAIL)));
        facilitator.eventually("/api/persons/karen");
        created(test.person("anne")
                .post(
                        partnership + "/meetings",
                        """
                {"kind": "STEERING_GROUP", "occurredOn": "2024-02-01", "minutes": "%s",
                 "attendees": [{"person": "anne", "represents": "%s"}, {"person": "karen", "represents": "%s"}],
                 "proposals": [{"text": "Start walking groups", "proposedBy": "%s", "stances": [
                     {"partner": "%s", "stance": "CONSENT", "givenBy": "anne", "reason": "Good for everyone"},
                     {"partner": "%s", "stance": "CONSENT", "givenBy": "karen", "reason": "%s", "reasonPersonal": true}]}]}"""
                                .formatted(MINUTES, kommune, citizen, kommune, kommune, citizen, REASON)));
        created(test.person("karen")
                .post(
                        partnership + "/diary",
                        """
                {"author": "karen", "occurredOn": "2024-02-07", "text": "%s", "visibility": "SHARED"}"""
                                .formatted(DIARY)));
        assertThat(inPlainText(List.of(CITIZEN, DIARY, REASON, HER_NAME, HER_EMAIL)))
                .as("the event store keeps them encrypted")
                .noneMatch(found -> found.startsWith("events:"));
        facilitator.eventually("/api/partnerships", list -> list.toString().contains(CITIZEN));
        List<byte[]> herKeys = new ArrayList<>();
        database.getCollection("personalKeys")
                .find()
                .forEach(key -> herKeys.add(key.get("key", Binary.class).getData()));
        assertThat(inTheFile(List.of(CITIZEN.getBytes(StandardCharsets.UTF_8))))
                .as("the read models hold her name in plain text before")
                .isPositive();

        HttpResponse<String> erased = test.administrator()
                .post("/api/admin/persons/karen/erasure", "{\"occurredOn\": \"%s\"}".formatted(LocalDate.now()));
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(202);
        assertThat(test.anonymous().read(erased.body()).path("keysDestroyed").asInt())
                .isEqualTo(2);

        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!inPlainText(List.of(CITIZEN, DIARY, REASON, HER_NAME, HER_EMAIL))
                        .isEmpty()
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(inPlainText(List.of(CITIZEN, DIARY, REASON, HER_NAME, HER_EMAIL)))
                .isEmpty();
        List<byte[]> erasedOnDisk = new ArrayList<>(herKeys);
        Stream.of(CITIZEN, DIARY, REASON, HER_NAME, HER_EMAIL)
                .map(text -> text.getBytes(StandardCharsets.UTF_8))
                .forEach(erasedOnDisk::add);
        while (inTheFile(erasedOnDisk) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(inTheFile(erasedOnDisk))
                .as(
                        "no copy of her texts or of the destroyed keys is left in the store's file: %s of the keys,"
                                + " %s of the texts",
                        inTheFile(herKeys), inTheFile(erasedOnDisk) - inTheFile(herKeys))
                .isZero();

        JsonNode shown = facilitator.eventually(partnership);
        assertThat(shown.path("partners").get(1).path("name").asText()).isEqualTo(Personal.ERASED);
        assertThat(shown.path("partners").get(0).path("name").asText()).isEqualTo("Aarhus Kommune");
        String decisions = facilitator.get(partnership + "/decisions").body();
        assertThat(decisions)
                .contains(Personal.ERASED)
                .contains("Good for everyone")
                .doesNotContain(REASON);
        assertThat(facilitator.get(partnership + "/events?limit=50").body()).contains(MINUTES);
        String export = unzipped(facilitator, partnership + "/exports/events");
        assertThat(export).contains(Personal.ERASED).doesNotContain(CITIZEN).doesNotContain(DIARY);
        JsonNode verification = facilitator.eventually(partnership + "/verification");
        assertThat(verification.path("intact").asBoolean()).isTrue();
        assertThat(users.find("person-karen")).as("her account is closed").isEmpty();
        JsonNode inTheRegister = facilitator.eventually("/api/persons/karen");
        assertThat(inTheRegister.path("erased").asBoolean()).isTrue();
        assertThat(inTheRegister.path("name").isNull()).isTrue();
    }

    @Test
    void erasingAPersonTheLedgerHoldsNothingOfIsANotFoundProblem() throws Exception {
        TestUsers test = new TestUsers(users, port);
        HttpResponse<String> erased = test.administrator()
                .post("/api/admin/persons/nobody-known/erasure", "{\"occurredOn\": \"%s\"}".formatted(LocalDate.now()));
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(404);
        assertThat(test.anonymous().read(erased.body()).path("rule").asText()).isEqualTo("unknown-person");
        assertThat(database.getCollection("events")
                        .countDocuments(new Document("payloadType", PersonErased.class.getName())
                                .append("payload.person", "nobody-known")))
                .as("nothing is recorded")
                .isZero();
    }

    /** How often any of the byte strings occurs in the embedded store's data file. */
    private static int inTheFile(List<byte[]> wanted) throws Exception {
        byte[] file = Files.readAllBytes(directory.resolve("ledger.mv.db"));
        int found = 0;
        for (byte[] bytes : wanted) {
            for (int at = 0; at <= file.length - bytes.length; at++) {
                if (Arrays.equals(file, at, at + bytes.length, bytes, 0, bytes.length)) {
                    found++;
                }
            }
        }
        return found;
    }

    /** Every file of an export's ZIP, one after the other. */
    private static String unzipped(LedgerHttp reader, String path) throws Exception {
        HttpResponse<byte[]> response =
                HttpClient.newHttpClient().send(reader.request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        StringBuilder files = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            while (zip.getNextEntry() != null) {
                files.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files.toString();
    }

    /** Every collection:document where one of the texts is in plain text. */
    private List<String> inPlainText(List<String> texts) {
        List<String> found = new ArrayList<>();
        for (String collection : database.listCollectionNames()) {
            for (Document document : database.getCollection(collection).find()) {
                String json = document.toJson();
                texts.stream()
                        .filter(json::contains)
                        .forEach(text -> found.add(collection + ":" + document.get("_id") + " has " + text));
            }
        }
        return found;
    }

    private static void appoint(LedgerHttp facilitator, String partnership, String person, String partner, String role)
            throws Exception {
        created(facilitator.post(
                partnership + "/representatives",
                """
                {"person": "%s", "partner": "%s", "role": "%s", "occurredOn": "2024-01-15"}"""
                        .formatted(person, partner, role)));
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
