package org.partnershipledger.web.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.conflict.ConflictCategory;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.conflict.ConflictOpening;
import org.partnershipledger.core.erasure.ErasePerson;
import org.partnershipledger.core.partnership.AppointRepresentative;
import org.partnershipledger.core.partnership.FormPartnership;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.RaiseConflict;
import org.partnershipledger.core.partnership.Role;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.core.person.PersonDetails;
import org.partnershipledger.core.person.RegisterPerson;
import org.partnershipledger.core.store.ChainVerification;
import org.partnershipledger.core.store.PersonalData;
import org.partnershipledger.web.LedgerApplication;
import org.partnershipledger.web.TestStore;
import org.partnershipledger.web.security.Capacity;
import org.partnershipledger.web.security.UserAccounts;
import org.partnershipledger.web.store.ReadModels;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code export} writes a ledger into a backup folder and {@code import} loads it into an empty store: the
 * restored ledger has the same events, accounts and keys, rebuilds the same read models and verifies to the
 * same chain heads; a person erased before the backup stays erased. Runs on the embedded store, and on a
 * MongoDB when {@code LEDGER_TEST_MONGODB_URI} is set.
 */
class BackupTest {

    private static final PartnershipId ID = new PartnershipId("aeldre-i-aarhus");
    private static final PersonId ANNE = new PersonId("anne");
    private static final PersonId BO = new PersonId("bo");
    private static final String ANNES_NAME = "Anne Kathrine Lund";
    private static final String BOS_NAME = "Bo Rasmussen";
    private static final LocalDate FORMED = LocalDate.of(2019, 9, 1);

    private static final List<TestStore> STORES = new ArrayList<>();

    private static TestStore original;
    private static TestStore restored;
    private static Path backup;
    private static Result exported;
    private static Result imported;
    private static Map<String, String> originalReadModels;
    private static Map<String, String> restoredReadModels;
    private static Map<String, String> originalKept;
    private static Map<String, String> restoredKept;
    private static List<ChainVerification.Report> originalChains;
    private static List<ChainVerification.Report> restoredChains;

    @BeforeAll
    static void aLedgerIsBackedUpAndRestored() throws Exception {
        original = store("original");
        try (ConfigurableApplicationContext ledger = start(original)) {
            recordAHistoryWithAnErasure(ledger);
            originalReadModels = readModels(ledger);
            originalChains = new ChainVerification(ledger.getBean(MongoDatabase.class)).verifyAll();
        }
        backup = folder("backup").resolve("ledger-2024-05-01");
        exported = run("export", backup.toString(), original);

        restored = store("restored");
        imported = run("import", backup.toString(), restored);
        try (ConfigurableApplicationContext ledger = start(restored)) {
            restoredReadModels = readModels(ledger);
            restoredChains = new ChainVerification(ledger.getBean(MongoDatabase.class)).verifyAll();
        }
        // Compared with both ledgers stopped: a running one holds a block of sequence numbers in the counter.
        originalKept = kept(everything(original));
        restoredKept = kept(everything(restored));
    }

    @AfterAll
    static void dropTheDatabases() {
        STORES.forEach(store -> store.drop());
    }

    @Test
    void theRestoredLedgerRebuildsTheSameReadModelsAndVerifiesToTheSameHeads() {
        assertThat(exported.exit()).as(exported.output()).isEqualTo(BackupCommand.DONE);
        assertThat(imported.exit()).as(imported.output()).isEqualTo(BackupCommand.DONE);
        assertThat(originalReadModels.get("partnership_summaries")).contains("Ældre i Aarhus");
        assertThat(originalReadModels.get("conflict_histories")).contains("Too early");
        assertThat(restoredReadModels).isEqualTo(originalReadModels);
        assertThat(originalChains).hasSizeGreaterThanOrEqualTo(4).allMatch(ChainVerification.Report::intact);
        assertThat(restoredChains).isEqualTo(originalChains);
        // Events with their hashes, chain heads, accounts, keys and the pseudonym secret, as they were.
        assertThat(restoredKept).isEqualTo(originalKept);
        assertThat(originalKept.get("users")).contains("bo-lund");
    }

    @Test
    void theEventsAreInGlobalOrderAndTheKeysInAFileOfTheirOwn() throws IOException {
        List<String> events = Files.readAllLines(backup.resolve("events.jsonl"));
        List<Long> order = events.stream()
                .map(line -> Document.parse(line).get("_id", Number.class).longValue())
                .toList();
        assertThat(order).isSorted().hasSizeGreaterThanOrEqualTo(7);
        assertThat(events.get(0))
                .contains("\"hash\"")
                .contains("\"previousHash\"")
                .contains("$numberLong");
        try (Stream<Path> files = Files.list(backup)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .contains("manifest.json", "events.jsonl", "chainHeads.jsonl", "users.jsonl", "keys.jsonl")
                    .doesNotContain("personalKeys.jsonl", "secrets.jsonl", "tokens.jsonl", "snapshots.jsonl")
                    .doesNotContain("partnership_summaries.jsonl", "persons.jsonl");
        }
        String keys = Files.readString(backup.resolve("keys.jsonl"));
        assertThat(keys).contains("\"collection\": \"personalKeys\"").contains("\"collection\": \"secrets\"");
        for (Path file : filesOf(backup)) {
            if (!List.of("keys.jsonl", "manifest.json")
                    .contains(file.getFileName().toString())) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("\"personalKeys\"");
            }
        }
    }

    @Test
    void aPersonErasedBeforeTheBackupStaysErasedAfterTheRestore() throws IOException {
        Document annesKey = keyOf(ANNE);
        assertThat(annesKey).containsKey("erasedAt").doesNotContainKey("key");
        assertThat(keyOf(BO)).containsKey("key");
        for (Path file : filesOf(backup)) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain(ANNES_NAME);
        }
        // The person register is rebuilt from the events with the restored keys: Bo reads, Anne does not.
        String persons = restoredReadModels.get("persons");
        assertThat(persons).contains(BOS_NAME).doesNotContain(ANNES_NAME);
        assertThat(Document.parse(line(persons, "\"_id\": \"anne\"")).getBoolean("erased"))
                .isTrue();
    }

    @Test
    void anImportIntoAStoreWithDataIsRefusedAndChangesNothing() throws Exception {
        Map<String, String> before = everything(restored);

        Result again = run("import", backup.toString(), restored);

        assertThat(again.exit()).isEqualTo(BackupCommand.REFUSED);
        assertThat(again.output())
                .contains("The store is not empty")
                .contains("events (")
                .contains("Nothing was imported");
        assertThat(everything(restored)).isEqualTo(before);
    }

    @Test
    void aBackupWithAChangedEventIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path changed = copyOfTheBackupWithAnEventChanged();
        TestStore target = store("changed");

        Result result = run("import", changed.toString(), target);

        assertThat(result.exit()).isEqualTo(BackupCommand.REFUSED);
        assertThat(result.output()).contains("events.jsonl is not the file the backup was made with");
        assertThat(everything(target))
                .allSatisfy((collection, documents) ->
                        assertThat(documents).as(collection).isEmpty());
    }

    @Test
    void aChangedEventWhoseDigestWasMadeToMatchFailsVerificationAndTheImportLeavesTheStoreEmpty() throws Exception {
        Path changed = copyOfTheBackupWithAnEventChanged();
        Path manifest = changed.resolve("manifest.json");
        Files.writeString(
                manifest,
                Files.readString(manifest)
                        .replace(
                                BackupFolder.sha256(backup.resolve("events.jsonl")),
                                BackupFolder.sha256(changed.resolve("events.jsonl"))));
        TestStore target = store("rehashed");

        Result result = run("import", changed.toString(), target);

        assertThat(result.exit()).isEqualTo(BackupCommand.REFUSED);
        assertThat(result.output())
                .contains("do not verify as they did when the backup was made")
                .contains("content changed at event 0")
                .contains("Nothing was imported");
        assertThat(everything(target))
                .allSatisfy((collection, documents) ->
                        assertThat(documents).as(collection).isEmpty());
    }

    @Test
    void theKeysKeptApartAreNamedOnImportAndAreRequired() throws Exception {
        Path apart = folder("apart").resolve("keys.jsonl");
        Path withoutKeys = copyOf(backup, "without-keys");
        Files.move(withoutKeys.resolve("keys.jsonl"), apart);

        Result missing = run("import", withoutKeys.toString(), store("no-keys"));
        assertThat(missing.exit()).isEqualTo(BackupCommand.REFUSED);
        assertThat(missing.output()).contains("keys.jsonl is missing").contains("--keys=FILE");

        Result named = run("import", withoutKeys.toString(), store("keys-apart"), "--keys=" + apart);
        assertThat(named.exit()).as(named.output()).isEqualTo(BackupCommand.DONE);
    }

    @Test
    void anExportIntoAFolderThatIsNotEmptyIsRefused() throws Exception {
        Path used = folder("used");
        Files.writeString(used.resolve("notes.txt"), "last week's backup");

        Result result = run("export", used.toString(), restored);

        assertThat(result.exit()).isEqualTo(BackupCommand.REFUSED);
        assertThat(result.output()).contains("is not empty: a backup goes into a new folder");
        try (Stream<Path> inside = Files.list(used)) {
            assertThat(inside).hasSize(1);
        }
    }

    @Test
    void aCommandWithoutAFolderIsAUsageError() {
        Result result = run("export", null, restored);
        assertThat(result.exit()).isEqualTo(BackupCommand.USAGE);
        assertThat(result.output()).contains("Usage: export BACKUP_DIR");
    }

    // --- the history backed up

    private static void recordAHistoryWithAnErasure(ConfigurableApplicationContext ledger) throws Exception {
        CommandGateway commands = ledger.getBean(CommandGateway.class);
        commands.sendAndWait(new RegisterPerson(
                ANNE, new PersonDetails(ANNES_NAME, "anne@example.dk", "+45 12 34 56 78", "Ældresagen"), FORMED));
        commands.sendAndWait(new RegisterPerson(BO, new PersonDetails(BOS_NAME, null, null, "DGI"), FORMED));
        Partner kommune = new Partner(new PartnerId("kommune"), "Aarhus Kommune", Sector.PUBLIC);
        Partner dgi = new Partner(new PartnerId("dgi"), "DGI", Sector.VOLUNTARY);
        commands.sendAndWait(new FormPartnership(ID, "Ældre i Aarhus", "Less lonely", FORMED, List.of(kommune, dgi)));
        commands.sendAndWait(new AppointRepresentative(ID, ANNE, kommune.id(), Role.LEAD, FORMED));
        commands.sendAndWait(new AppointRepresentative(ID, BO, dgi.id(), Role.STEERING_GROUP, FORMED));
        commands.sendAndWait(new RaiseConflict(
                ID,
                new ConflictId("press"),
                new ConflictOpening(
                        kommune.id(), List.of(dgi.id()), "Press", "Too early", ConflictCategory.COMMUNICATION),
                FORMED.plusDays(40)));
        UserAccounts users = ledger.getBean(UserAccounts.class);
        users.create("anne-lund", "a password for tests", ANNE, Set.of());
        users.create("bo-lund", "a password for tests", BO, Set.of(Capacity.FACILITATOR));
        commands.sendAndWait(new ErasePerson(ANNE, FORMED.plusDays(60)));
    }

    private static Path copyOfTheBackupWithAnEventChanged() throws IOException {
        Path changed = copyOf(backup, "changed");
        Path events = changed.resolve("events.jsonl");
        String text = Files.readString(events);
        assertThat(text).contains("Ældre i Aarhus");
        Files.writeString(events, text.replace("Ældre i Aarhus", "Ældre i Odense"));
        return changed;
    }

    private Document keyOf(PersonId person) throws IOException {
        String subject = PersonalData.subjectOf(person);
        return Files.readAllLines(backup.resolve("keys.jsonl")).stream()
                .map(Document::parse)
                .filter(line -> line.getString("collection").equals("personalKeys"))
                .map(line -> line.get("document", Document.class))
                .filter(key -> key.getString("_id").equals(subject))
                .findFirst()
                .orElseThrow();
    }

    // --- stores, ledgers and commands

    private static TestStore store(String name) throws IOException {
        TestStore store = TestStore.fresh(name);
        STORES.add(store);
        return store;
    }

    private static Path folder(String name) throws IOException {
        Path folder = Files.createTempDirectory("ledger-backup-" + name);
        return folder;
    }

    private static Path copyOf(Path backup, String name) throws IOException {
        Path copy = folder(name).resolve("backup");
        Files.createDirectory(copy);
        for (Path file : filesOf(backup)) {
            Files.copy(file, copy.resolve(file.getFileName()));
        }
        return copy;
    }

    private static List<Path> filesOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static ConfigurableApplicationContext start(TestStore store) {
        String[] settings = Stream.concat(Stream.of(store.settings()), Stream.of("--server.port=0"))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(LedgerApplication.class).run(settings);
    }

    private record Result(int exit, String output) {}

    private static Result run(String command, String folder, TestStore store, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        if (folder != null) {
            args.add(folder);
        }
        args.addAll(List.of(more));
        args.addAll(List.of(store.settings()));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit =
                BackupCommand.run(args.toArray(String[]::new), new PrintStream(output, true, StandardCharsets.UTF_8));
        return new Result(exit, output.toString(StandardCharsets.UTF_8));
    }

    // --- what is compared

    private static Map<String, String> readModels(ConfigurableApplicationContext ledger) throws Exception {
        boolean upToDate = ledger.getBean(ReadModels.class).awaitUpToDate(Duration.ofMinutes(2));
        MongoDatabase database = ledger.getBean(MongoDatabase.class);
        assertThat(upToDate).isTrue();
        return dump(
                database,
                BackupFolder.REBUILT.stream()
                        .filter(collection -> !collection.equals("tokens") && !collection.equals("snapshots"))
                        .toList());
    }

    /** What the backup keeps: every collection but the read models, their positions and snapshots. */
    private static Map<String, String> kept(Map<String, String> everything) {
        Map<String, String> kept = new TreeMap<>(everything);
        kept.keySet().removeIf(collection -> !BackupFolder.included(collection));
        return kept;
    }

    /** Every collection of a store (opened as the backup command opens it) as text. */
    private static Map<String, String> everything(TestStore store) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BackupCommand.class)
                .web(WebApplicationType.NONE)
                .lazyInitialization(true)
                .run(store.settings())) {
            MongoDatabase database = context.getBean(MongoDatabase.class);
            List<String> collections = new ArrayList<>();
            database.listCollectionNames().forEach(collections::add);
            return dump(database, collections);
        }
    }

    private static Map<String, String> dump(MongoDatabase database, List<String> collections) {
        return collections.stream()
                .collect(Collectors.toMap(
                        Function.identity(),
                        collection -> database
                                .getCollection(collection)
                                .find()
                                .sort(new Document("_id", 1))
                                .map(document -> document.toJson(BackupFolder.CANONICAL))
                                .into(new ArrayList<>())
                                .stream()
                                .collect(Collectors.joining("\n")),
                        (a, b) -> a,
                        TreeMap::new));
    }

    private static String line(String lines, String containing) {
        return lines.lines()
                .filter(line -> line.contains(containing))
                .findFirst()
                .orElseThrow();
    }
}
