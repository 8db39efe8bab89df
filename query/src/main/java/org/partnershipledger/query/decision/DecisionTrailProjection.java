package org.partnershipledger.query.decision;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.List;
import java.util.Optional;
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
 * The decision audit trail of every partnership, kept live: one document per partnership, keyed by its
 * id, holding the trail that {@link DecisionTrail} folds, so the stored trail and the one computed from
 * a history for time travel cannot drift apart.
 */
@ProcessingGroup(DecisionTrailProjection.PROCESSING_GROUP)
public class DecisionTrailProjection {

    public static final String PROCESSING_GROUP = "decision-trail";
    public static final String COLLECTION = "decision_trails";

    private final MongoCollection<Document> trails;

    public DecisionTrailProjection(MongoDatabase database) {
        this.trails = database.getCollection(COLLECTION);
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
    }

    @QueryHandler
    List<DecisionView> handle(FindDecisions query) {
        return Optional.ofNullable(trails.find(eq("_id", query.partnershipId())).first())
                .map(DecisionTrailDocuments::toViews)
                .orElse(List.of());
    }

    /**
     * Applies the event to the stored trail unless the trail already reflects it or a later event of the
     * partnership, so a replay can run at any time. A partnership's events reach one handler in stream
     * order, so reading, applying and replacing the document needs no further guard.
     */
    private void applyOnce(PartnershipEvent event, long sequence) {
        String partnershipId = event.partnershipId().value();
        Document stored = trails.find(eq("_id", partnershipId)).first();
        if (stored != null && stored.getLong(DecisionTrailDocuments.LAST_SEQUENCE) >= sequence) {
            return;
        }
        DecisionTrail trail = stored == null ? DecisionTrail.empty() : DecisionTrailDocuments.toTrail(stored);
        trails.replaceOne(
                eq("_id", partnershipId),
                DecisionTrailDocuments.toDocument(partnershipId, sequence, trail.apply(sequence, event)),
                new ReplaceOptions().upsert(true));
    }
}
