package org.partnershipledger.web.backup;

import com.mongodb.client.MongoDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.partnershipledger.core.store.ChainVerification;
import org.partnershipledger.core.store.MongoEventStorageEngine;
import org.partnershipledger.web.backup.BackupFolder.BackupFile;
import org.partnershipledger.web.backup.BackupFolder.ChainHead;
import org.partnershipledger.web.backup.BackupFolder.Manifest;

/**
 * Loads a backup folder into an empty store. Nothing is written unless the backup is whole (every file there
 * and as its digest says) and the store empty; once loaded, every hash chain must verify as it did when the
 * backup was made, or everything loaded is removed again.
 */
final class BackupImport {

    private static final int BATCH = 1_000;

    private final MongoDatabase database;

    BackupImport(MongoDatabase database) {
        this.database = database;
    }

    /** What was loaded: each collection with its number of documents. */
    record Loaded(Map<String, Long> collections, int chains) {}

    /** Loads {@code folder}; the keys file is read from {@code keys} when given, else from the folder. */
    Loaded from(Path folder, Path keys) throws IOException {
        Manifest manifest = manifest(folder);
        Map<String, Path> files = new HashMap<>();
        for (BackupFile file : manifest.files()) {
            Path path = file.file().equals(BackupFolder.KEYS) && keys != null ? keys : folder.resolve(file.file());
            if (!Files.isRegularFile(path)) {
                throw new BackupRefused(path + " is missing"
                        + (file.file().equals(BackupFolder.KEYS)
                                ? ": bring back the keys file kept apart (or name it with --keys=FILE)"
                                : ""));
            }
            if (!BackupFolder.sha256(path).equals(file.sha256())) {
                throw new BackupRefused(path + " is not the file the backup was made with (its SHA-256 differs from"
                        + " the one in " + BackupFolder.MANIFEST + "): the backup was damaged or changed");
            }
            files.put(file.file(), path);
        }
        requireEmpty();

        MongoEventStorageEngine.createIndexes(database);
        Set<String> loaded = new LinkedHashSet<>();
        Map<String, Long> counts = new TreeMap<>();
        try {
            for (BackupFile file : manifest.files()) {
                loaded.addAll(file.collections().keySet());
                load(files.get(file.file()), file, counts);
            }
            requireChainsAsExported(manifest.chains());
        } catch (RuntimeException | IOException failed) {
            loaded.forEach(collection -> database.getCollection(collection).drop());
            throw failed;
        }
        return new Loaded(counts, manifest.chains().size());
    }

    private static Manifest manifest(Path folder) throws IOException {
        Path manifest = folder.resolve(BackupFolder.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new BackupRefused("There is no " + BackupFolder.MANIFEST + " in " + folder
                    + ": it is not a backup of the ledger, or its export did not finish");
        }
        Manifest read = BackupFolder.JSON.readValue(manifest.toFile(), Manifest.class);
        if (!BackupFolder.FORMAT.equals(read.format()) || read.version() != BackupFolder.VERSION) {
            throw new BackupRefused(manifest + " is not a manifest this ledger reads (" + read.format() + " version "
                    + read.version() + "; expected " + BackupFolder.FORMAT + " version " + BackupFolder.VERSION + ")");
        }
        return read;
    }

    /** A restore into a store with data would mix two ledgers, so it is refused before anything is written. */
    private void requireEmpty() {
        List<String> holding = new ArrayList<>();
        for (String collection : database.listCollectionNames()) {
            long documents = collection.startsWith("system.")
                    ? 0
                    : database.getCollection(collection).countDocuments();
            if (documents > 0) {
                holding.add(collection + " (" + documents + ")");
            }
        }
        if (!holding.isEmpty()) {
            holding.sort(null);
            throw new BackupRefused("The store is not empty: it holds " + String.join(", ", holding)
                    + ". A backup is imported only into an empty store: a new LEDGER_DATA_DIR, or a database"
                    + " that does not exist yet on LEDGER_MONGODB_URI. Nothing was imported.");
        }
    }

    private void load(Path path, BackupFile file, Map<String, Long> counts) throws IOException {
        Map<String, List<Document>> batches = new HashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String only = file.oneCollection()
                    ? file.collections().keySet().iterator().next()
                    : null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Document read = Document.parse(line);
                String collection = only != null ? only : read.getString("collection");
                Document document = only != null ? read : read.get("document", Document.class);
                if (!file.collections().containsKey(collection)) {
                    throw new BackupRefused(path + " holds a document of " + collection + ", which "
                            + BackupFolder.MANIFEST + " does not list for it");
                }
                List<Document> batch = batches.computeIfAbsent(collection, name -> new ArrayList<>(BATCH));
                batch.add(document);
                counts.merge(collection, 1L, Long::sum);
                if (batch.size() == BATCH) {
                    database.getCollection(collection).insertMany(batch);
                    batch.clear();
                }
            }
        }
        batches.forEach((collection, batch) -> {
            if (!batch.isEmpty()) {
                database.getCollection(collection).insertMany(batch);
            }
        });
    }

    private void requireChainsAsExported(List<ChainHead> exported) {
        List<ChainHead> restored = new ChainVerification(database)
                .verifyAll().stream().map(ChainHead::of).toList();
        if (restored.equals(exported)) {
            return;
        }
        Map<String, ChainHead> before = new HashMap<>();
        exported.forEach(chain -> before.put(chain.aggregate(), chain));
        String difference = restored.stream()
                .filter(chain -> !Objects.equals(before.get(chain.aggregate()), chain))
                .findFirst()
                .map(chain -> "restored " + chain + "; when the backup was made "
                        + (before.containsKey(chain.aggregate()) ? before.get(chain.aggregate()) : "no such chain"))
                .orElse(exported.size() - restored.size() + " chains of the backup are missing");
        throw new BackupRefused("The restored events do not verify as they did when the backup was made (" + difference
                + "): an event in the backup was changed. Nothing was imported.");
    }
}
