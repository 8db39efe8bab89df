package org.partnershipledger.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipledger.web.ListeningPorts;

class EmbeddedStoreTest {

    @TempDir
    Path dataDirectory;

    @Test
    void documentsAndTheirUniqueIndexesAreThereAfterARestart() {
        try (EmbeddedStore store = EmbeddedStore.open(dataDirectory);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> notes = client.getDatabase("ledger").getCollection("notes");
            notes.createIndex(Indexes.ascending("author", "number"), new IndexOptions().unique(true));
            for (int number = 0; number < 500; number++) {
                notes.insertOne(new Document("_id", (long) number)
                        .append("author", "author-" + number % 7)
                        .append("number", number)
                        .append("text", "kept " + number)
                        .append("amount", new Decimal128(new BigDecimal("1234.50")))
                        .append("on", new Date(0)));
            }
            client.getDatabase("other").getCollection("things").insertOne(new Document("_id", "x"));
            store.awaitDurable();
        }

        try (EmbeddedStore store = EmbeddedStore.open(dataDirectory);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> notes = client.getDatabase("ledger").getCollection("notes");
            Document byIndex = notes.find(new Document("author", "author-3").append("number", 101))
                    .first();
            assertThat(byIndex).containsEntry("text", "kept 101").containsEntry("_id", 101L);
            assertThat(byIndex.get("amount")).isEqualTo(new Decimal128(new BigDecimal("1234.50")));
            assertThat(byIndex.get("on")).isEqualTo(new Date(0));
            assertThat(notes.countDocuments()).isEqualTo(500);
            assertThatThrownBy(() -> notes.insertOne(new Document("author", "author-3").append("number", 101)))
                    .isInstanceOf(MongoWriteException.class);
            assertThat(client.getDatabase("other")
                            .getCollection("things")
                            .find()
                            .first())
                    .isNotNull();
        }
    }

    @Test
    void aCompactedFileReusesTheSpaceOfOldCopiesInsteadOfGrowingAndKeepsTheLatestVersion() throws Exception {
        Path file = dataDirectory.resolve(EmbeddedStore.FILE_NAME);
        try (EmbeddedStore store = EmbeddedStore.open(dataDirectory);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> notes = client.getDatabase("ledger").getCollection("notes");
            rewrite(notes, store, 0);
            store.compact();
            long compacted = Files.size(file);

            rewrite(notes, store, 1_000);
            store.compact();

            assertThat(Files.size(file))
                    .as("a thousand more rewrites fill the space compaction freed")
                    .isLessThan(compacted * 3 / 2);
            assertThat(notes.find().first()).containsEntry("version", 1_999);
        }
        try (EmbeddedStore store = EmbeddedStore.open(dataDirectory);
                MongoClient client = MongoClients.create(store.connectionString())) {
            assertThat(client.getDatabase("ledger")
                            .getCollection("notes")
                            .find()
                            .first())
                    .containsEntry("version", 1_999);
        }
    }

    // A thousand versions of one document, each made durable, as appends are acknowledged: a chunk each.
    private static void rewrite(MongoCollection<Document> notes, EmbeddedStore store, int from) {
        String text = "x".repeat(2_000);
        for (int version = from; version < from + 1_000; version++) {
            notes.replaceOne(
                    new Document("_id", "note"),
                    new Document("_id", "note").append("version", version).append("text", text),
                    new com.mongodb.client.model.ReplaceOptions().upsert(true));
            store.awaitDurable();
        }
    }

    @Test
    void aSecondLedgerOnTheSameDataIsRefusedWithAReason() {
        try (EmbeddedStore first = EmbeddedStore.open(dataDirectory)) {
            assertThatThrownBy(() -> EmbeddedStore.open(dataDirectory))
                    .isInstanceOf(EmbeddedStoreUnavailableException.class)
                    .hasMessageContaining("another ledger running on it");
        }
    }

    @Test
    void deletedAndOverwrittenDocumentsLeaveNoTraceInTheFileOnceDeletedDataIsPurged() throws Exception {
        String secret = "Karen Margrethe Jensen";
        try (EmbeddedStore store = EmbeddedStore.open(dataDirectory);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> notes = client.getDatabase("ledger").getCollection("notes");
            notes.createIndex(Indexes.ascending("author"), new IndexOptions().unique(true));
            for (int number = 0; number < 2_000; number++) {
                notes.insertOne(new Document("_id", (long) number)
                        .append("author", number % 50 == 0 ? secret + " " + number : "author-" + number)
                        .append("text", number % 50 == 0 ? "written by " + secret : "kept " + number));
                if (number % 100 == 0) {
                    store.awaitDurable(); // many chunks, as a running ledger writes them
                }
            }
            store.awaitDurable();
            assertThat(occurrences(secret)).as("the file holds the text before").isPositive();

            notes.deleteMany(new Document("_id", new Document("$mod", List.of(100, 0))));
            for (long number = 50; number < 2_000; number += 100) {
                notes.updateOne(
                        new Document("_id", number),
                        new Document("$set", new Document("author", "[erased] " + number).append("text", "[erased]")));
            }
            store.awaitDurable();
            assertThat(occurrences(secret))
                    .as("deleting alone leaves it in the file")
                    .isPositive();

            assertThat(store.purgeDeleted()).isPositive();

            assertThat(occurrences(secret)).isZero();
            assertThat(notes.countDocuments()).isEqualTo(1_980);
        }
        try (EmbeddedStore store = EmbeddedStore.open(dataDirectory);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> notes = client.getDatabase("ledger").getCollection("notes");
            assertThat(notes.countDocuments())
                    .as("what was kept is still there")
                    .isEqualTo(1_980);
            assertThat(notes.find(new Document("author", "author-1999")).first())
                    .containsEntry("text", "kept 1999");
            assertThat(notes.find(new Document("_id", 50L)).first()).containsEntry("author", "[erased] 50");
        }
        assertThat(occurrences(secret)).isZero();
    }

    private int occurrences(String text) throws Exception {
        byte[] file = Files.readAllBytes(dataDirectory.resolve(EmbeddedStore.FILE_NAME));
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        int found = 0;
        for (int at = 0; at <= file.length - wanted.length; at++) {
            if (Arrays.equals(file, at, at + wanted.length, wanted, 0, wanted.length)) {
                found++;
            }
        }
        return found;
    }

    @Test
    void theStoreIsServedOnASocketInItsDataDirectoryThatOnlyItsOwnerCanOpen() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.open(dataDirectory);
                MongoClient client = MongoClients.create(store.connectionString())) {
            assertThat(client.getDatabase("ledger").runCommand(new Document("ping", 1)))
                    .containsEntry("ok", 1.0);
            assertThat(store.connectionString()).doesNotContain("localhost").doesNotContain("127.0.0.1");
            assertThat(store.socket()).startsWith(dataDirectory);
            assertThat(permissions(store.socket())).isEqualTo("rw-------");
            assertThat(permissions(store.socket().getParent())).isEqualTo("rwx------");
            assertThat(permissions(dataDirectory.resolve(EmbeddedStore.FILE_NAME)))
                    .as("the store's file, which holds what the socket serves")
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void theStoreOpensNoNetworkPort() throws Exception {
        assumeTrue(ListeningPorts.readable(), "Linux tells which ports a process listens on");
        long self = ProcessHandle.current().pid();
        Set<Integer> before = ListeningPorts.of(self);

        try (EmbeddedStore store = EmbeddedStore.open(dataDirectory)) {
            assertThat(ListeningPorts.of(self)).isEqualTo(before);
        }
    }

    @Test
    void anotherUserCannotConnectToTheStoresSocket() throws Exception {
        assumeTrue(
                "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "only root can act as another user here");
        Path program = Files.createTempDirectory("connect");
        Files.writeString(
                program.resolve("Connect.java"),
                """
                public class Connect {
                    public static void main(String[] socket) throws Exception {
                        java.nio.channels.SocketChannel.open(java.net.UnixDomainSocketAddress.of(socket[0])).close();
                        System.out.println("connected");
                    }
                }
                """);
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(program.resolve("Connect.java"), PosixFilePermissions.fromString("rw-r--r--"));
        try (EmbeddedStore store = EmbeddedStore.open(dataDirectory)) {
            // The way to the socket is opened, so that only the socket's own permissions stand in the way.
            Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx--x--x"));
            Files.setPosixFilePermissions(store.socket().getParent(), PosixFilePermissions.fromString("rwx--x--x"));

            assertThat(connect(program, store.socket(), false)).as("its owner").contains("connected");
            assertThat(connect(program, store.socket(), true))
                    .as("another user")
                    .contains("Permission denied")
                    .doesNotContain("connected");
        }
    }

    @Test
    void aSocketLeftBehindByAKilledLedgerIsReplacedAndAClosedStoreRemovesItsSocket() throws Exception {
        Path socket = dataDirectory.resolve(StoreServer.SOCKET_DIRECTORY).resolve(StoreServer.SOCKET_FILE);
        Files.createDirectories(socket.getParent());
        try (var abandoned = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            abandoned.bind(java.net.UnixDomainSocketAddress.of(socket)); // a killed process leaves its file
        }
        assertThat(socket).exists();

        try (EmbeddedStore store = EmbeddedStore.open(dataDirectory);
                MongoClient client = MongoClients.create(store.connectionString())) {
            client.getDatabase("ledger").getCollection("notes").insertOne(new Document("_id", "after a kill"));
        }

        assertThat(socket).doesNotExist();
    }

    @Test
    void onlyAnOperatorsAddressServesTheStoreOverTheNetwork() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (EmbeddedStore store =
                        EmbeddedStore.open(dataDirectory, new java.net.InetSocketAddress("127.0.0.1", port));
                MongoClient node = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            node.getDatabase("ledger").getCollection("notes").insertOne(new Document("_id", "from another node"));
            assertThat(store.socket()).exists();
        }
    }

    private static String connect(Path program, Path socket, boolean asAnotherUser) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        if (asAnotherUser) {
            command.addAll(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                program.resolve("Connect.java").toString(),
                socket.toString()));
        Process process = new ProcessBuilder(command)
                .directory(program.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
