package org.partnershipledger.query.decision;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.partnershipledger.core.partnership.AgreementProposed;
import org.partnershipledger.core.partnership.AgreementTookEffect;
import org.partnershipledger.core.partnership.DecisionReached;
import org.partnershipledger.core.partnership.DecisionReopened;
import org.partnershipledger.core.partnership.MeetingRecorded;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.ProposalRecorded;
import org.partnershipledger.core.partnership.ProposalRetracted;
import org.partnershipledger.core.partnership.StanceConfirmed;
import org.partnershipledger.core.partnership.StanceContested;
import org.partnershipledger.core.partnership.StanceRecorded;

/**
 * The decision audit trail of every partnership, kept live with {@link DecisionTrail}'s fold, so the stored
 * trail and the one computed from a history for time travel cannot drift apart. Each proposal is a document
 * of its own, and each partnership one listing its meetings' kinds, its proposals and the agreement versions
 * that took effect (to name the version in force when each decision was taken): an event rewrites
 * only what it changes, so handling it costs the same however long the partnership's history is.
 */
@ProcessingGroup(DecisionTrailProjection.PROCESSING_GROUP)
public class DecisionTrailProjection {

    public static final String PROCESSING_GROUP = "decision-trail";
    public static final String COLLECTION = "decision_trails";
    public static final String DECISIONS = "decisions";

    private final MongoCollection<Document> trails;
    private final MongoCollection<Document> decisions;

    public DecisionTrailProjection(MongoDatabase database) {
        this.trails = database.getCollection(COLLECTION);
        this.decisions = database.getCollection(DECISIONS);
    }

    @EventHandler
    void on(MeetingRecorded event, @SequenceNumber long sequence) {
        applyOnce(event, sequence);
    }

    @EventHandler
    void on(AgreementProposed event, @SequenceNumber long sequence) {
        applyOnce(event, sequence);
    }

    @EventHandler
    void on(AgreementTookEffect event, @SequenceNumber long sequence) {
        applyOnce(event, sequence);
    }

    @EventHandler
    void on(ProposalRecorded event, @SequenceNumber long sequence) {
        applyOnce(event, sequence);
    }

    @EventHandler
    void on(StanceRecorded event, @SequenceNumber long sequence) {
        applyOnce(event, sequence);
    }

    @EventHandler
    void on(DecisionReached event, @SequenceNumber long sequence) {
        applyOnce(event, sequence);
    }

    @EventHandler
    void on(StanceConfirmed event, @SequenceNumber long sequence) {
        applyOnce(event, sequence);
    }

    @EventHandler
    void on(StanceContested event, @SequenceNumber long sequence) {
        applyOnce(event, sequence);
    }

    @EventHandler
    void on(DecisionReopened event, @SequenceNumber long sequence) {
        applyOnce(event, sequence);
    }

    @EventHandler
    void on(ProposalRetracted event, @SequenceNumber long sequence) {
        applyOnce(event, sequence);
    }

    @ResetHandler
    void reset() {
        trails.deleteMany(new Document());
        decisions.deleteMany(new Document());
    }

    @QueryHandler
    List<DecisionView> handle(FindDecisions query) {
        Document trail = trails.find(eq("_id", query.partnershipId())).first();
        if (trail == null) {
            return List.of();
        }
        List<String> ids = DecisionTrailDocuments.proposalIds(trail).stream()
                .map(proposal -> DecisionTrailDocuments.decisionId(query.partnershipId(), proposal))
                .toList();
        // Exact lookups of the key, which every server answers from its index.
        List<DecisionTrail.Tracked> tracked = ids.isEmpty()
                ? List.of()
                : decisions
                        .find(in("_id", ids))
                        .map(DecisionTrailDocuments::toTracked)
                        .into(new ArrayList<>());
        return DecisionTrail.restore(Map.of(), DecisionTrailDocuments.tookEffect(trail), tracked)
                .decisions();
    }

    /** Any other event: a batch may end with it, and what the batch changed is written then. */
    @EventHandler(payloadType = Object.class)
    void onAnyOther() {
        if (lastOfBatch()) {
            pending().write();
        }
    }

    /**
     * Applies the event to the documents it changes unless they already reflect it, so a replay can run at
     * any time: a meeting and a proposal are listed once however often they are applied, and each
     * proposal's document knows the last event applied to it. A partnership's events reach one handler in
     * stream order, so reading, applying and replacing a document needs no further guard. What a batch of
     * events changes is written when its last event is handled, before the processor stores its position.
     */
    private void applyOnce(PartnershipEvent event, long sequence) {
        Pending pending = pending();
        apply(pending, event, sequence);
        if (lastOfBatch()) {
            pending.write();
        }
    }

    private void apply(Pending pending, PartnershipEvent event, long sequence) {
        String partnershipId = event.partnershipId().value();
        if (event instanceof MeetingRecorded meeting) {
            pending.listInTrail(
                    partnershipId,
                    DecisionTrailDocuments.MEETINGS,
                    DecisionTrailDocuments.meeting(
                            meeting.meetingId().value(), meeting.kind().name()));
            return;
        }
        if (event instanceof AgreementProposed proposed) {
            pending.listInTrail(
                    partnershipId,
                    DecisionTrailDocuments.CONTENT_HASHES,
                    DecisionTrailDocuments.contentHash(
                            proposed.version(), proposed.contentHash().value()));
            return;
        }
        if (event instanceof AgreementTookEffect took) {
            String contentHash = DecisionTrailDocuments.contentHashOf(pending.trail(partnershipId), took.version());
            pending.listInTrail(
                    partnershipId,
                    DecisionTrailDocuments.TOOK_EFFECT,
                    DecisionTrailDocuments.tookEffect(
                            new DecisionTrail.TookEffect(sequence, took.occurredOn(), took.version(), contentHash)));
            return;
        }
        String proposalId = proposalOf(event);
        String decisionId = DecisionTrailDocuments.decisionId(partnershipId, proposalId);
        Document stored = pending.decision(decisionId);
        if (stored != null && stored.getLong(DecisionTrailDocuments.LAST_SEQUENCE) >= sequence) {
            return;
        }
        DecisionTrail before;
        if (event instanceof ProposalRecorded) {
            Document trail = pending.trail(partnershipId);
            before = DecisionTrail.restore(
                    trail == null ? Map.of() : DecisionTrailDocuments.meetingKinds(trail), List.of());
        } else if (stored == null) {
            return; // the trail stays as it is when a proposal is unknown, as DecisionTrail does
        } else {
            before = DecisionTrail.restore(Map.of(), List.of(DecisionTrailDocuments.toTracked(stored)));
        }
        DecisionTrail after = before.apply(sequence, event);
        for (DecisionTrail.Tracked tracked : after.tracked()) {
            pending.changeDecision(DecisionTrailDocuments.toDocument(decisionId, sequence, tracked));
        }
        if (event instanceof ProposalRecorded) {
            pending.listInTrail(partnershipId, DecisionTrailDocuments.PROPOSALS, proposalId);
        }
    }

    /** Whether the event being handled ends its batch (an event handled alone ends its own). */
    private static boolean lastOfBatch() {
        return !CurrentUnitOfWork.isStarted()
                || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)
                || batch.isLastMessage();
    }

    private Pending pending() {
        return CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(Pending.class.getName(), key -> new Pending())
                : new Pending();
    }

    /** The documents a batch of events read and changed, each read once and written once at its end. */
    private final class Pending {

        private final Map<String, Optional<Document>> trailsRead = new HashMap<>();
        private final Map<String, Optional<Document>> decisionsRead = new HashMap<>();
        private final Set<String> trailsChanged = new LinkedHashSet<>();
        private final Set<String> decisionsChanged = new LinkedHashSet<>();

        Document trail(String partnershipId) {
            return trailsRead
                    .computeIfAbsent(
                            partnershipId,
                            id -> Optional.ofNullable(trails.find(eq("_id", id)).first()))
                    .orElse(null);
        }

        Document decision(String decisionId) {
            return decisionsRead
                    .computeIfAbsent(
                            decisionId,
                            id -> Optional.ofNullable(
                                    decisions.find(eq("_id", id)).first()))
                    .orElse(null);
        }

        /** Adds the value to one of the trail's lists unless it is there already. */
        void listInTrail(String partnershipId, String list, Object value) {
            Document trail = trail(partnershipId);
            if (trail == null) {
                trail = new Document("_id", partnershipId);
            }
            List<Object> values = new ArrayList<>(trail.getList(list, Object.class, List.of()));
            if (values.contains(value)) {
                return;
            }
            values.add(value);
            trail.put(list, values);
            trailsRead.put(partnershipId, Optional.of(trail));
            trailsChanged.add(partnershipId);
        }

        void changeDecision(Document decision) {
            String id = decision.getString("_id");
            decisionsRead.put(id, Optional.of(decision));
            decisionsChanged.add(id);
        }

        void write() {
            write(trails, trailsRead, trailsChanged);
            write(decisions, decisionsRead, decisionsChanged);
        }

        private static void write(
                MongoCollection<Document> collection, Map<String, Optional<Document>> read, Set<String> changed) {
            if (changed.isEmpty()) {
                return;
            }
            List<ReplaceOneModel<Document>> replacements = changed.stream()
                    .map(id -> new ReplaceOneModel<>(
                            eq("_id", id), read.get(id).orElseThrow(), new ReplaceOptions().upsert(true)))
                    .toList();
            collection.bulkWrite(replacements, new BulkWriteOptions().ordered(false));
            changed.clear();
        }
    }

    private static String proposalOf(PartnershipEvent event) {
        if (event instanceof ProposalRecorded recorded) {
            return recorded.proposal().id().value();
        }
        if (event instanceof StanceRecorded stance) {
            return stance.proposalId().value();
        }
        if (event instanceof StanceConfirmed confirmed) {
            return confirmed.proposalId().value();
        }
        if (event instanceof StanceContested contested) {
            return contested.proposalId().value();
        }
        if (event instanceof DecisionReached reached) {
            return reached.proposalId().value();
        }
        if (event instanceof DecisionReopened reopened) {
            return reopened.proposalId().value();
        }
        if (event instanceof ProposalRetracted retracted) {
            return retracted.proposalId().value();
        }
        throw new IllegalArgumentException(
                "Not an event about a proposal: " + event.getClass().getSimpleName());
    }
}
