package org.partnershipledger.query.decision;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.partnershipledger.core.partnership.DecisionReached;
import org.partnershipledger.core.partnership.DecisionReopened;
import org.partnershipledger.core.partnership.MeetingRecorded;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.ProposalRecorded;
import org.partnershipledger.core.partnership.ProposalWithdrawn;
import org.partnershipledger.core.partnership.StanceConfirmed;
import org.partnershipledger.core.partnership.StanceContested;
import org.partnershipledger.core.partnership.StanceRecorded;

/**
 * The decision audit trail of every partnership, kept live with {@link DecisionTrail}'s fold, so the stored
 * trail and the one computed from a history for time travel cannot drift apart. Each proposal is a document
 * of its own, and each partnership one listing its meetings' kinds and its proposals: an event rewrites
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
    void on(ProposalWithdrawn event, @SequenceNumber long sequence) {
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
        return DecisionTrail.restore(Map.of(), tracked).decisions();
    }

    /**
     * Applies the event to the documents it changes unless they already reflect it, so a replay can run at
     * any time: a meeting and a proposal are listed once however often they are applied, and each
     * proposal's document knows the last event applied to it. A partnership's events reach one handler in
     * stream order, so reading, applying and replacing a document needs no further guard.
     */
    private void applyOnce(PartnershipEvent event, long sequence) {
        String partnershipId = event.partnershipId().value();
        if (event instanceof MeetingRecorded meeting) {
            trails.updateOne(
                    eq("_id", partnershipId),
                    Updates.addToSet(
                            DecisionTrailDocuments.MEETINGS,
                            DecisionTrailDocuments.meeting(
                                    meeting.meetingId().value(), meeting.kind().name())),
                    new UpdateOptions().upsert(true));
            return;
        }
        String proposalId = proposalOf(event);
        String decisionId = DecisionTrailDocuments.decisionId(partnershipId, proposalId);
        Document stored = decisions.find(eq("_id", decisionId)).first();
        if (stored != null && stored.getLong(DecisionTrailDocuments.LAST_SEQUENCE) >= sequence) {
            return;
        }
        DecisionTrail before;
        if (event instanceof ProposalRecorded) {
            Document trail = trails.find(eq("_id", partnershipId)).first();
            before = DecisionTrail.restore(
                    trail == null ? Map.of() : DecisionTrailDocuments.meetingKinds(trail), List.of());
        } else if (stored == null) {
            return; // the trail stays as it is when a proposal is unknown, as DecisionTrail does
        } else {
            before = DecisionTrail.restore(Map.of(), List.of(DecisionTrailDocuments.toTracked(stored)));
        }
        DecisionTrail after = before.apply(sequence, event);
        for (DecisionTrail.Tracked tracked : after.tracked()) {
            decisions.replaceOne(
                    eq("_id", decisionId),
                    DecisionTrailDocuments.toDocument(decisionId, sequence, tracked),
                    new ReplaceOptions().upsert(true));
        }
        if (event instanceof ProposalRecorded) {
            trails.updateOne(
                    eq("_id", partnershipId),
                    Updates.addToSet(DecisionTrailDocuments.PROPOSALS, proposalId),
                    new UpdateOptions().upsert(true));
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
        if (event instanceof ProposalWithdrawn withdrawn) {
            return withdrawn.proposalId().value();
        }
        throw new IllegalArgumentException(
                "Not an event about a proposal: " + event.getClass().getSimpleName());
    }
}
