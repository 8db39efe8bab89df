package org.partnershipledger.web.backup;

import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.bson.Document;
import org.partnershipledger.core.store.ChainVerification;
import org.partnershipledger.core.store.MongoEventStorageEngine;
import org.partnershipledger.web.backup.BackupFolder.BackupFile;
import org.partnershipledger.web.backup.BackupFolder.ChainHead;
import org.partnershipledger.web.backup.BackupFolder.Manifest;

/** Writes the whole ledger into a new backup folder ({@link BackupFolder} says what is in it). */
final class BackupExport {

    private static final int BATCH = 1_000;

    private final MongoDatabase database;

    BackupExport(MongoDatabase database) {
        this.database = database;
    }

    /** The manifest of the backup written into {@code folder}, which must be new or empty. */
    Manifest into(Path folder) throws IOException {
        prepare(folder);
        long eventsBefore =
                database.getCollection(MongoEventStorageEngine.EVENTS).countDocuments();
        List<ChainHead> chains = new ChainVerification(database)
                .verifyAll().stream().map(ChainHead::of).toList();
        TreeSet<String> collections = new TreeSet<>();
        database.listCollectionNames().forEach(collections::add);
        collections.removeIf(collection -> !BackupFolder.included(collection));

        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        try (OpenFiles files = new OpenFiles(folder)) {
            for (String collection : collections) {
                String file = BackupFolder.fileOf(collection);
                long written = write(collection, files.writer(file), !file.equals(collection + ".jsonl"));
                counts.computeIfAbsent(file, name -> new LinkedHashMap<>()).put(collection, written);
            }
        }
        long eventsExported = counts.getOrDefault(MongoEventStorageEngine.EVENTS + ".jsonl", Map.of())
                .getOrDefault(MongoEventStorageEngine.EVENTS, 0L);
        long eventsAfter =
                database.getCollection(MongoEventStorageEngine.EVENTS).countDocuments();
        if (eventsBefore != eventsAfter || eventsExported != eventsAfter) {
            removeWritten(folder, counts.keySet());
            throw new BackupRefused("Events were recorded while the ledger was exported (" + eventsBefore + " before, "
                    + eventsAfter + " after): stop every ledger node using this store and export again");
        }
        List<BackupFile> written = new ArrayList<>();
        for (Map.Entry<String, Map<String, Long>> file : counts.entrySet()) {
            written.add(
                    new BackupFile(file.getKey(), file.getValue(), BackupFolder.sha256(folder.resolve(file.getKey()))));
        }
        Manifest manifest = new Manifest(BackupFolder.FORMAT, BackupFolder.VERSION, Instant.now(), written, chains);
        try (OpenFiles files = new OpenFiles(folder)) {
            BackupFolder.JSON.writeValue(files.writer(BackupFolder.MANIFEST), manifest);
        }
        return manifest;
    }

    private static void prepare(Path folder) throws IOException {
        if (Files.exists(folder)) {
            if (!Files.isDirectory(folder)) {
                throw new BackupRefused(folder + " is a file: a backup goes into a new folder");
            }
            try (Stream<Path> inside = Files.list(folder)) {
                if (inside.findAny().isPresent()) {
                    throw new BackupRefused(folder
                            + " is not empty: a backup goes into a new folder, so no earlier backup is mixed in");
                }
            }
            return;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        var ownerOnly = BackupFolder.ownerOnly(true);
        if (ownerOnly.isPresent()) {
            Files.createDirectory(folder, ownerOnly.get());
        } else {
            Files.createDirectory(folder);
        }
    }

    /** Writes a collection in {@code _id} order; the keys file names each document's collection. */
    private long write(String collection, Writer out, boolean named) throws IOException {
        long written = 0;
        try (MongoCursor<Document> documents = database.getCollection(collection)
                .find()
                .sort(ascending("_id"))
                .batchSize(BATCH)
                .cursor()) {
            while (documents.hasNext()) {
                Document document = documents.next();
                Document line = named ? new Document("collection", collection).append("document", document) : document;
                out.write(line.toJson(BackupFolder.CANONICAL));
                out.write('\n');
                written++;
            }
        }
        out.flush();
        return written;
    }

    private static void removeWritten(Path folder, Iterable<String> files) throws IOException {
        for (String file : files) {
            Files.deleteIfExists(folder.resolve(file));
        }
    }

    /** The files being written, each opened once (the keys file takes two collections) and closed together. */
    private static final class OpenFiles implements AutoCloseable {
        private final Path folder;
        private final Map<String, Writer> open = new LinkedHashMap<>();

        OpenFiles(Path folder) {
            this.folder = folder;
        }

        Writer writer(String name) throws IOException {
            Writer existing = open.get(name);
            if (existing != null) {
                return existing;
            }
            Path file = folder.resolve(name);
            var ownerOnly = BackupFolder.ownerOnly(false);
            if (ownerOnly.isPresent()) {
                Files.createFile(file, ownerOnly.get());
            } else {
                Files.createFile(file);
            }
            Writer writer = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
            open.put(name, writer);
            return writer;
        }

        @Override
        public void close() throws IOException {
            for (Writer writer : open.values()) {
                writer.close();
            }
        }
    }
}
