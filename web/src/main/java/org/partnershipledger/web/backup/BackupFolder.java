package org.partnershipledger.web.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.partnershipledger.core.store.ChainVerification;
import org.partnershipledger.core.store.LedgerSerializer;
import org.partnershipledger.core.store.MongoEventStorageEngine;
import org.partnershipledger.core.store.MongoTokenStore;
import org.partnershipledger.core.store.PersonalKeys;
import org.partnershipledger.query.conflict.ConflictHistoryProjection;
import org.partnershipledger.query.decision.DecisionTrailProjection;
import org.partnershipledger.query.partnership.PartnershipSummaryProjection;
import org.partnershipledger.query.person.PersonRegisterProjection;
import org.partnershipledger.query.programme.ProgrammeSummaryProjection;
import org.partnershipledger.web.security.PseudonymKey;
import org.partnershipledger.web.store.LedgerNodes;
import org.partnershipledger.web.store.ReadModels;

/**
 * What a backup folder holds. Every collection of the store has a file of its own, {@code <collection>.jsonl},
 * one stored document a line in MongoDB's canonical extended JSON (so every BSON type comes back as it was),
 * in {@code _id} order (for events: their global order), except:
 *
 * <ul>
 *   <li>the keys that make erasure work ({@code personalKeys}) and the pseudonym secret ({@code secrets}),
 *       which are in {@code keys.jsonl}, so they can be kept apart from the rest;
 *   <li>what the ledger derives from the events again: read models, their positions ({@code tokens}) and
 *       snapshots; they are rebuilt when the restored ledger starts.
 * </ul>
 *
 * <p>{@code manifest.json}, written last, lists each file with its collections, document counts and SHA-256,
 * and the head of every hash chain as verified when the backup was made.
 */
final class BackupFolder {

    static final String MANIFEST = "manifest.json";
    static final String KEYS = "keys.jsonl";
    static final String FORMAT = "partnership-ledger-backup";
    static final int VERSION = 1;

    static final List<String> KEY_COLLECTIONS = List.of(PersonalKeys.COLLECTION, PseudonymKey.COLLECTION);

    static final Set<String> REBUILT = Set.of(
            MongoEventStorageEngine.SNAPSHOTS,
            MongoTokenStore.TOKENS,
            PartnershipSummaryProjection.COLLECTION,
            DecisionTrailProjection.COLLECTION,
            DecisionTrailProjection.DECISIONS,
            ConflictHistoryProjection.COLLECTION,
            ConflictHistoryProjection.BY_PARTNERSHIP_COLLECTION,
            ConflictHistoryProjection.BY_MEDIATOR_COLLECTION,
            ProgrammeSummaryProjection.COLLECTION,
            PersonRegisterProjection.COLLECTION);

    static final JsonWriterSettings CANONICAL =
            JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    static final ObjectMapper JSON = LedgerSerializer.objectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BackupFolder() {}

    /** The manifest: the files, and the chains as verified when the backup was made. */
    record Manifest(String format, int version, Instant exportedAt, List<BackupFile> files, List<ChainHead> chains) {}

    /** A file of the backup: the collections in it with their document counts, and its SHA-256. */
    record BackupFile(String file, Map<String, Long> collections, String sha256) {

        /** A file of one collection holds its documents as they are; the keys file names each line's collection. */
        boolean oneCollection() {
            return collections.size() == 1;
        }
    }

    /** A chain as verification reports it; restored, every chain must be reported the same. */
    record ChainHead(String aggregate, long events, String head, String firstBreak) {

        static ChainHead of(ChainVerification.Report report) {
            return new ChainHead(
                    report.aggregateIdentifier(),
                    report.eventCount(),
                    report.headHash(),
                    report.firstBreak()
                            .map(broken -> broken.reason().description() + " at event " + broken.sequenceNumber())
                            .orElse(null));
        }

        @Override
        public String toString() {
            return aggregate + ": " + events + " events, head " + head
                    + (firstBreak == null ? "" : ", broken: " + firstBreak);
        }
    }

    /** The nodes running on the store and the replays they coordinate: of the running ledger, not its data. */
    static final Set<String> RUNNING = Set.of(LedgerNodes.COLLECTION, ReadModels.REPLAYS);

    static boolean included(String collection) {
        return !collection.startsWith("system.") && !REBUILT.contains(collection) && !RUNNING.contains(collection);
    }

    static String fileOf(String collection) {
        return KEY_COLLECTIONS.contains(collection) ? KEYS : collection + ".jsonl";
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException notInThisJvm) {
            throw new IllegalStateException("Every Java platform has SHA-256", notInThisJvm);
        }
    }

    /** A backup holds password hashes and keys: readable by its owner alone where the file system says so. */
    static Optional<java.nio.file.attribute.FileAttribute<?>> ownerOnly(boolean directory) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Optional.empty();
        }
        return Optional.of(PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------")));
    }
}
