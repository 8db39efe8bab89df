package org.partnershipledger.query.conflict;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.partnershipledger.core.partnership.ConflictAbandoned;
import org.partnershipledger.core.partnership.ConflictEscalated;
import org.partnershipledger.core.partnership.ConflictRaised;
import org.partnershipledger.core.partnership.ConflictResolved;
import org.partnershipledger.core.partnership.ConflictStepRecorded;
import org.partnershipledger.core.partnership.MediationSessionRecorded;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.query.history.HistoryEvent;

/**
 * The conflict history for mediators: one document per conflict keyed by its id, and one per partnership
 * listing its conflict ids, so both lookups are exact {@code _id} reads on any MongoDB server. Each
 * document remembers the last event applied to it, so a replay can run at any time.
 */
@ProcessingGroup(ConflictHistoryProjection.PROCESSING_GROUP)
public class ConflictHistoryProjection {

    public static final String PROCESSING_GROUP = "conflict-history";
    public static final String COLLECTION = "conflict_histories";
    public static final String BY_PARTNERSHIP_COLLECTION = "conflicts_by_partnership";
    public static final String BY_MEDIATOR_COLLECTION = "conflicts_by_mediator";

    private static final String LAST_SEQUENCE = "lastSequence";
    private static final String CONFLICT_IDS = "conflictIds";

    private final MongoCollection<Document> conflicts;
    private final MongoCollection<Document> byPartnership;
    private final MongoCollection<Document> byMediator;

    public ConflictHistoryProjection(MongoDatabase database) {
        this.conflicts = database.getCollection(COLLECTION);
        this.byPartnership = database.getCollection(BY_PARTNERSHIP_COLLECTION);
        this.byMediator = database.getCollection(BY_MEDIATOR_COLLECTION);
    }

    @EventHandler
    void on(ConflictRaised event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        listOnce(event.partnershipId().value(), event.conflictId().value(), sequence);
        applyOnce(event, sequence, recordedAt);
    }

    @EventHandler
    void on(ConflictStepRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        applyOnce(event, sequence, recordedAt);
    }

    @EventHandler
    void on(ConflictEscalated event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        if (event.mediator().person() != null) {
            // A mediator's cases across partnerships: an exact _id read, like a partnership's list.
            ignoringDuplicates(() -> byMediator.updateOne(
                    eq("_id", event.mediator().person().value()),
                    addToSet(CONFLICT_IDS, event.conflictId().value()),
                    new UpdateOptions().upsert(true)));
        }
        applyOnce(event, sequence, recordedAt);
    }

    @EventHandler
    void on(MediationSessionRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        applyOnce(event, sequence, recordedAt);
    }

    @EventHandler
    void on(ConflictResolved event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        applyOnce(event, sequence, recordedAt);
    }

    @EventHandler
    void on(ConflictAbandoned event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        applyOnce(event, sequence, recordedAt);
    }

    @ResetHandler
    void reset() {
        conflicts.deleteMany(new Document());
        byPartnership.deleteMany(new Document());
        byMediator.deleteMany(new Document());
    }

    /** The conflicts escalated to a mediator, in every partnership, in the order they reached her. */
    @QueryHandler
    List<ConflictView> handle(FindMediatedConflicts query) {
        Document listed = byMediator.find(eq("_id", query.mediator())).first();
        if (listed == null) {
            return List.of();
        }
        return listed.getList(CONFLICT_IDS, String.class).stream()
                .map(this::find)
                .flatMap(Optional::stream)
                .map(ConflictCase::view)
                .toList();
    }

    @QueryHandler
    Optional<ConflictView> handle(FindConflict query) {
        return find(query.conflictId()).map(ConflictCase::view);
    }

    @QueryHandler
    List<ConflictView> handle(FindConflicts query) {
        Document listed = byPartnership.find(eq("_id", query.partnershipId())).first();
        if (listed == null) {
            return List.of();
        }
        return ConflictHistory.views(listed.getList(CONFLICT_IDS, String.class).stream()
                .map(this::find)
                .flatMap(Optional::stream)
                .toList());
    }

    private Optional<ConflictCase> find(String conflictId) {
        return Optional.ofNullable(conflicts.find(eq("_id", conflictId)).first())
                .map(ConflictDocuments::toCase);
    }

    /**
     * Applies the event through the same step as {@link ConflictHistory#of}, unless the conflict's
     * document already reflects it or a later event. The write is conditional on the document read, so
     * a concurrent writer makes this one a no-op rather than a lost update.
     */
    private void applyOnce(PartnershipEvent event, long sequence, Instant recordedAt) {
        String conflictId = ConflictHistory.conflictIdOf(event).orElseThrow();
        Document stored = conflicts.find(eq("_id", conflictId)).first();
        if (stored != null && ConflictDocuments.longOf(stored, LAST_SEQUENCE) >= sequence) {
            return;
        }
        Optional<ConflictCase> current = Optional.ofNullable(stored).map(ConflictDocuments::toCase);
        HistoryEvent history = new HistoryEvent(sequence, event.occurredOn(), recordedAt, event);
        ConflictHistory.apply(current, history).ifPresent(applied -> {
            Document document = ConflictDocuments.toDocument(applied).append(LAST_SEQUENCE, sequence);
            ignoringDuplicates(() -> {
                if (stored == null) {
                    conflicts.insertOne(document);
                } else {
                    conflicts.replaceOne(
                            and(eq("_id", conflictId), eq(LAST_SEQUENCE, stored.get(LAST_SEQUENCE))), document);
                }
            });
        });
    }

    private void listOnce(String partnershipId, String conflictId, long sequence) {
        ignoringDuplicates(() -> byPartnership.updateOne(
                and(eq("_id", partnershipId), or(exists(LAST_SEQUENCE, false), lt(LAST_SEQUENCE, sequence))),
                combine(addToSet(CONFLICT_IDS, conflictId), set(LAST_SEQUENCE, sequence)),
                new UpdateOptions().upsert(true)));
    }

    // A duplicate key means another write of this document got there first, with this event or a later one.
    private static void ignoringDuplicates(Runnable write) {
        try {
            write.run();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
