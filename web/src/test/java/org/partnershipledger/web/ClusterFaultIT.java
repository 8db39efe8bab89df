package org.partnershipledger.web;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.MeetingRecorded;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.PhaseObserved;
import org.partnershipledger.core.person.PersonRegistered;

/**
 * Two ledger nodes on one store under a steady load of keyed commands from several clients, through a
 * {@code kill -9} of one node and then of the node that serves the store, both restarted; the clients retry
 * every command with its key, on the other node when theirs does not answer. Node A runs the embedded store
 * and serves it on a local TCP port; node B uses it as its MongoDB. At the end every acknowledged command is
 * in the event store exactly once and nothing is there twice, every read model equals its rebuild, and every
 * partnership's hash chain verifies.
 */
class ClusterFaultIT {

    private static final int CLIENTS = 4;
    private static final int SHARED_PARTNERSHIPS = 3;
    // The processors that build read models, and the collections of the store that are not read models.
    private static final List<String> READ_MODELS =
            List.of("partnership-summary", "decision-trail", "conflict-history", "programme-summary", "persons");
    private static final Set<String> NOT_READ_MODELS = Set.of(
            "events",
            "snapshots",
            "sequences",
            "chainHeads",
            "tokens",
            "users",
            "personLinks",
            "secrets",
            "personalKeys",
            "idempotency_keys",
            "nodes",
            "replays");
    // Longer than a dead node's claims take to run out and be claimed (10 s and 2 s), with room for a busy machine.
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(30);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path storeNodeDirectory;

    @TempDir
    Path otherNodeDirectory;

    /** A command as a client sent it, and how it ended. */
    record Sent(String key, String marker, int status, String body) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }

        boolean answered() {
            return status > 0;
        }
    }

    private final AtomicReferenceArray<LedgerProcess> nodes = new AtomicReferenceArray<>(2);
    private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private String authorization;
    private String secretaryAuthorization;

    @Test
    void underKill9OfANodeAndOfTheStoreEveryAcknowledgedCommandIsRecordedOnceAndEveryReadModelEqualsItsRebuild()
            throws Exception {
        int storePort = LedgerProcess.freePort();
        String storeUri = "mongodb://127.0.0.1:" + storePort + "/ledger";
        Map<String, String> nodeA =
                Map.of("LEDGER_STORE_SERVE_ADDRESS", "127.0.0.1:" + storePort, "LEDGER_NODE_NAME", "node-a");
        Map<String, String> nodeB = Map.of("LEDGER_MONGODB_URI", storeUri, "LEDGER_NODE_NAME", "node-b");
        Path password = storeNodeDirectory.resolve("initial-administrator-password.txt");
        long began = System.nanoTime();
        try (MongoClient storeClient = MongoClients.create(storeUri)) {
            MongoDatabase store = storeClient.getDatabase("ledger");
            nodes.set(
                    0,
                    LedgerProcess.start(storeNodeDirectory, "cluster-a", nodeA, password)
                            .awaitReady(http));
            nodes.set(
                    1,
                    LedgerProcess.start(otherNodeDirectory, "cluster-b", nodeB, password)
                            .awaitReady(http));
            LedgerHttp facilitator = CrashRecoveryIT.createFacilitator(nodes.get(0));
            authorization = basic(CrashRecoveryIT.FACILITATOR, CrashRecoveryIT.PASSWORD);
            HttpResponse<String> secretary = nodes.get(0)
                    .administrator()
                    .post(
                            "/api/admin/users",
                            """
                            {"username": "secretary", "password": "%s", "person": "secretary-1"}"""
                                    .formatted(CrashRecoveryIT.PASSWORD));
            assertThat(secretary.statusCode()).as(secretary.body()).isEqualTo(201);
            secretaryAuthorization = basic("secretary", CrashRecoveryIT.PASSWORD);
            List<Shared> shared = new ArrayList<>();
            for (int i = 0; i < SHARED_PARTNERSHIPS; i++) {
                Sent formed = send(0, "setup-" + i, "Shared " + i, command(0, "Shared " + i, null));
                assertThat(formed.status()).as(formed.body()).isEqualTo(201);
            }
            for (String id : partnershipIds(store, "Shared ")) {
                JsonNode partners =
                        facilitator.eventually("/api/partnerships/" + id).path("partners");
                Shared partnership = new Shared(
                        id,
                        partners.get(0).path("id").asText(),
                        partners.get(1).path("id").asText());
                HttpResponse<String> appointed = facilitator.post(
                        "/api/partnerships/" + id + "/representatives",
                        """
                        {"person": "secretary-1", "partner": "%s", "role": "SECRETARY", "occurredOn": "2010-03-01"}"""
                                .formatted(partnership.first()));
                assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
                shared.add(partnership);
            }
            assertThat(shared).hasSize(SHARED_PARTNERSHIPS);

            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> load = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int number = client;
                List<Shared> targets = shared;
                load.add(clients.submit(() -> {
                    sendUntilStopped(number, targets);
                    return null;
                }));
            }

            // Both nodes process read models: the one that started first lets some go.
            awaitOwners(
                    store,
                    owners -> owners.stream().anyMatch(owner -> owner.startsWith("node-a"))
                            && owners.stream().anyMatch(owner -> owner.startsWith("node-b")),
                    Duration.ofSeconds(60));
            System.out.printf("Read models split: %s%n", owners(store));

            nodes.get(1).kill9();
            long killed = System.nanoTime();
            awaitOwners(store, owners -> owners.stream().allMatch(owner -> owner.startsWith("node-a")), TAKEOVER_LIMIT);
            System.out.printf(
                    "kill -9 node B: node A took over every read model in %d ms%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed));
            nodes.set(
                    1,
                    LedgerProcess.start(otherNodeDirectory, "cluster-b-restarted", nodeB, password)
                            .awaitReady(http));
            Thread.sleep(3_000);

            nodes.get(0).kill9(); // the node serving the store: node B's commands fail until it is back
            Thread.sleep(2_000);
            nodes.set(
                    0,
                    LedgerProcess.start(storeNodeDirectory, "cluster-a-restarted", nodeA, password)
                            .awaitReady(http));
            Thread.sleep(5_000);

            stopping.set(true);
            for (Future<?> client : load) {
                client.get(4, TimeUnit.MINUTES);
            }
            clients.shutdown();

            List<Sent> all = List.copyOf(sent);
            long acknowledged = all.stream().filter(Sent::acknowledged).count();
            long refused = all.stream()
                    .filter(command -> command.answered() && !command.acknowledged())
                    .count();
            long unanswered =
                    all.stream().filter(command -> !command.answered()).count();
            System.out.printf(
                    "Commands sent %d, acknowledged %d, refused %d, unanswered %d; retried %d times; %d s in all%n",
                    all.size(),
                    acknowledged,
                    refused,
                    unanswered,
                    retries.get(),
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began));
            assertThat(acknowledged).as("commands acknowledged").isGreaterThan(40);
            assertThat(all.stream().filter(command -> command.answered() && !command.acknowledged()))
                    .as("refused commands (none breaks a rule)")
                    .isEmpty();

            Map<String, Integer> recorded = recordedMarkers(store);
            for (Sent command : all) {
                int times = recorded.getOrDefault(command.marker(), 0);
                if (command.acknowledged()) {
                    assertThat(times)
                            .as("acknowledged %s recorded", command.key())
                            .isEqualTo(1);
                } else {
                    assertThat(times)
                            .as("unacknowledged %s recorded", command.key())
                            .isLessThanOrEqualTo(1);
                }
            }
            Set<String> markers = new TreeSet<>();
            all.forEach(command -> markers.add(command.marker()));
            assertThat(markers).as("what was recorded was sent").containsAll(recorded.keySet());

            awaitReadModelsUpToDate(store);
            Map<String, String> live = readModels(store);
            for (String readModel : READ_MODELS) {
                HttpResponse<String> replay = http.send(
                        request(1, "/api/admin/projections/" + readModel + "/replay")
                                .header("Authorization", adminAuthorization(password))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(replay.statusCode()).as(replay.body()).isEqualTo(202);
            }
            awaitReadModelsUpToDate(store);
            assertThat(readModels(store)).as("every read model rebuilt").isEqualTo(live);
            System.out.printf("Read models compared with their rebuild: %s%n", live.keySet());

            for (String partnership : partnershipIds(store, "")) {
                HttpResponse<String> verification = http.send(
                        request(0, "/api/partnerships/" + partnership + "/verification")
                                .header("Authorization", authorization)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(verification.statusCode()).as(verification.body()).isEqualTo(200);
                assertThat(json.readTree(verification.body()).path("intact").asBoolean())
                        .as("hash chain of %s: %s", partnership, verification.body())
                        .isTrue();
            }
        } finally {
            for (int node = 1; node >= 0; node--) { // the node serving the store last
                if (nodes.get(node) != null) {
                    nodes.get(node).close();
                }
            }
        }
    }

    /** A command: where it goes, who sends it, and what it says. */
    record Command(String path, String authorization, String body) {}

    /** The shared partnership a client's commands go to: its id and its two partners. */
    record Shared(String id, String first, String second) {}

    /** Until stopped: one command after another, each retried with its key until it is answered. */
    private void sendUntilStopped(int client, List<Shared> shared) throws InterruptedException {
        for (int i = 0; !stopping.get(); i++) {
            String key = "client-" + client + "-" + i;
            String marker = "fault-" + client + "-" + i;
            Shared target = shared.get(ThreadLocalRandom.current().nextInt(shared.size()));
            sent.add(send(client % 2, key, marker, command(i % 8, marker, target)));
            Thread.sleep(50); // a steady load, not all the machine can take
        }
    }

    /**
     * Commands that reach every read model: partnerships formed (partnership summary), phases observed, persons
     * registered (persons), conflicts raised (conflict history) and meetings with a proposal (decision trail),
     * the last two by the secretary of the shared partnerships. Each carries its marker where the event store
     * keeps it in plain text.
     */
    private Command command(int kind, String marker, Shared target) {
        String partnership = target == null ? null : "/api/partnerships/" + target.id();
        return switch (kind) {
            case 0 ->
                new Command(
                        "/api/partnerships",
                        authorization,
                        """
                    {"name": "%s", "purpose": "Survive faults", "occurredOn": "2003-08-15",
                     "partners": [{"name": "Mødrehjælpen", "sector": "VOLUNTARY"},
                                  {"name": "Frederiksberg Kommune", "sector": "PUBLIC"}]}"""
                                .formatted(marker));
            case 3 ->
                new Command(
                        "/api/persons",
                        authorization,
                        """
                    {"id": "%s", "name": "Person %s", "occurredOn": "2010-03-02"}"""
                                .formatted(marker, marker));
            case 5 ->
                new Command(
                        partnership + "/conflicts",
                        secretaryAuthorization,
                        """
                    {"raisedBy": "%s", "concerning": ["%s"], "topic": "%s", "category": "COMMUNICATION",
                     "description": "Raised under faults", "occurredOn": "2010-03-03"}"""
                                .formatted(target.first(), target.second(), marker));
            case 6 ->
                new Command(
                        partnership + "/meetings",
                        secretaryAuthorization,
                        """
                    {"kind": "STEERING_GROUP", "occurredOn": "2010-03-04", "minutes": "%s",
                     "attendees": [{"person": "secretary-1", "represents": "%s"}],
                     "proposals": [{"text": "Meet again", "proposedBy": "%s", "stances": [
                         {"partner": "%s", "stance": "CONSENT", "givenBy": "secretary-1"}]}]}"""
                                .formatted(marker, target.first(), target.first(), target.first()));
            default ->
                new Command(
                        partnership + "/phase-observations",
                        authorization,
                        """
                    {"observer": "facilitator-1", "phase": "BELONGING", "note": "%s", "occurredOn": "2010-03-02"}"""
                                .formatted(marker));
        };
    }

    /**
     * Sends the command until it is answered with anything but a request to retry, for up to three minutes:
     * to the client's node, or to the other one after its node did not answer; after an answer that says to
     * retry (409 concurrent change or key in use, 503) to the client's node again, which knows whether it is
     * still working on the key.
     */
    private Sent send(int preferred, String key, String marker, Command command) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        int attempts = 0;
        int node = preferred;
        while (true) {
            if (attempts++ > 0) {
                retries.incrementAndGet();
            }
            try {
                HttpResponse<String> response = http.send(
                        request(node, command.path())
                                .header("Authorization", command.authorization())
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", key)
                                .timeout(Duration.ofSeconds(20))
                                .POST(HttpRequest.BodyPublishers.ofString(command.body()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (!saysToRetry(response) || System.nanoTime() > deadline) {
                    return new Sent(key, marker, response.statusCode(), response.body());
                }
                node = preferred;
                Thread.sleep(200);
            } catch (IOException noAnswer) {
                if (System.nanoTime() > deadline) {
                    return new Sent(key, marker, 0, noAnswer.toString());
                }
                node = 1 - node;
                Thread.sleep(500);
            }
        }
    }

    private static boolean saysToRetry(HttpResponse<String> response) {
        return response.statusCode() >= 500
                || response.statusCode() == 409 && response.body().contains("retry");
    }

    private HttpRequest.Builder request(int node, String path) {
        return HttpRequest.newBuilder(URI.create(nodes.get(node).uri(path).toString()));
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String adminAuthorization(Path password) throws IOException {
        return basic("admin", Files.readString(password).strip());
    }

    /** The markers of this test's commands in the event store, and how often each is there. */
    private static Map<String, Integer> recordedMarkers(MongoDatabase store) {
        Map<String, Integer> recorded = new HashMap<>();
        Map<String, String> markedIn = Map.of(
                PartnershipFormed.class.getName(), "name",
                PhaseObserved.class.getName(), "note",
                ConflictRaised.class.getName(), "topic",
                MeetingRecorded.class.getName(), "minutes");
        markedIn.forEach((type, field) -> {
            for (Document event : store.getCollection("events").find(eq("payloadType", type))) {
                String marker = event.get("payload", Document.class).getString(field);
                if (marker != null && marker.startsWith("fault-")) {
                    recorded.merge(marker, 1, Integer::sum);
                }
            }
        });
        // A person's name is sealed with their key; the person is registered under the marker as their id.
        for (Document event : store.getCollection("events").find(eq("payloadType", PersonRegistered.class.getName()))) {
            String id = event.getString("aggregateIdentifier");
            if (id.startsWith("fault-")) {
                recorded.merge(id, 1, Integer::sum);
            }
        }
        return recorded;
    }

    private static List<String> partnershipIds(MongoDatabase store, String namePrefix) {
        List<String> ids = new ArrayList<>();
        for (Document event :
                store.getCollection("events").find(eq("payloadType", PartnershipFormed.class.getName()))) {
            if (event.get("payload", Document.class).getString("name").startsWith(namePrefix)) {
                ids.add(event.getString("aggregateIdentifier"));
            }
        }
        return ids;
    }

    /** The nodes holding a live claim on a read model's segment. */
    private static Set<String> owners(MongoDatabase store) {
        Set<String> owners = new TreeSet<>();
        long fresh = System.currentTimeMillis() - 10_000;
        for (Document token :
                store.getCollection("tokens").find(new Document("processorName", new Document("$exists", true)))) {
            if (token.getString("owner") != null && token.getDate("claimedAt").getTime() > fresh) {
                owners.add(token.getString("owner"));
            } else {
                owners.add("(unclaimed)");
            }
        }
        return owners;
    }

    private static void awaitOwners(
            MongoDatabase store, java.util.function.Predicate<Set<String>> owners, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!owners.test(owners(store))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Read models' claims after " + limit + ": " + owners(store));
            }
            Thread.sleep(250);
        }
    }

    /** Until no replay is pending and every read model's position is at the newest event. */
    private static void awaitReadModelsUpToDate(MongoDatabase store) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            Document newest = store.getCollection("events")
                    .find()
                    .sort(Sorts.descending("_id"))
                    .first();
            long head = newest == null ? -1 : newest.get("_id", Number.class).longValue();
            List<String> behind = new ArrayList<>();
            if (store.getCollection("replays").countDocuments() > 0) {
                behind.add("a replay is pending");
            }
            for (String readModel : READ_MODELS) {
                Document token = store.getCollection("tokens")
                        .find(eq("processorName", readModel))
                        .first();
                if (token == null || position(token.get("token", Document.class)) < head) {
                    behind.add(readModel + " at " + (token == null ? null : token.toJson()));
                }
            }
            if (behind.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Read models not up to date with event " + head + ": " + behind);
            }
            Thread.sleep(250);
        }
    }

    /**
     * Where a stored token stands: a gap-aware token's index, or a replay's current one (a replay's token stays
     * one until an event after its reset is handled).
     */
    private static long position(Document token) {
        if (token == null) {
            return -1;
        }
        Document current = token.containsKey("currentToken") ? token.get("currentToken", Document.class) : token;
        return current == null || current.get("index") == null
                ? -1
                : current.get("index", Number.class).longValue();
    }

    /** Every read-model collection as text, documents in id order. */
    private static Map<String, String> readModels(MongoDatabase store) {
        Map<String, String> dumps = new TreeMap<>();
        for (String collection : store.listCollectionNames()) {
            if (NOT_READ_MODELS.contains(collection)) {
                continue;
            }
            StringBuilder dump = new StringBuilder();
            store.getCollection(collection).find().sort(Sorts.ascending("_id")).forEach(document -> dump.append(
                            document.toJson())
                    .append('\n'));
            dumps.put(collection, dump.toString());
        }
        return dumps;
    }
}
