package org.partnershipledger.query.partnership;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.partnershipledger.core.partnership.ConflictEscalated;
import org.partnershipledger.core.partnership.DissolutionCancelled;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnerAdmitted;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.core.partnership.PartnershipClosed;
import org.partnershipledger.core.partnership.PartnershipDissolved;
import org.partnershipledger.core.partnership.PartnershipFormed;
import org.partnershipledger.core.partnership.RepresentativeAppointed;
import org.partnershipledger.core.partnership.RepresentativeReplaced;

/**
 * The summary of every partnership: who the partners are, what for, since when. One document per
 * partnership, keyed by its id, so a lookup is an exact {@code _id} match on any MongoDB server.
 */
@ProcessingGroup(PartnershipSummaryProjection.PROCESSING_GROUP)
public class PartnershipSummaryProjection {

    public static final String PROCESSING_GROUP = "partnership-summary";
    public static final String COLLECTION = "partnership_summaries";

    static final String ACTIVE = "ACTIVE";
    static final String DISSOLVED = "DISSOLVED";
    static final String CLOSED = "CLOSED";
    private static final String LAST_EVENT_SEQUENCE = "lastEventSequence";
    private static final String PEOPLE = "people";

    private static final String LEAVING = "leaving";
    private final MongoCollection<Document> summaries;

    public PartnershipSummaryProjection(MongoDatabase database) {
        this.summaries = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(PartnershipFormed event, @SequenceNumber long sequence) {
        applyOnce(
                event.partnershipId().value(),
                sequence,
                combine(
                        set("name", event.name()),
                        set("purpose", event.purpose()),
                        set("formedOn", event.occurredOn().toString()),
                        set(
                                "partners",
                                event.partners().stream()
                                        .map(PartnershipSummaryProjection::toDocument)
                                        .toList()),
                        set("state", ACTIVE)));
    }

    @EventHandler
    void on(PartnershipDissolved event, @SequenceNumber long sequence) {
        applyOnce(event.partnershipId().value(), sequence, set("state", DISSOLVED));
    }

    /** A dissolution taken back leaves the partnership as it was: active, unless it was closed meanwhile. */
    @EventHandler
    void on(DissolutionCancelled event, @SequenceNumber long sequence) {
        String id = event.partnershipId().value();
        Document current = summaries.find(eq("_id", id)).first();
        boolean closed = current != null && CLOSED.equals(current.getString("state"));
        applyOnce(id, sequence, set("state", closed ? CLOSED : ACTIVE));
    }

    @EventHandler
    void on(PartnershipClosed event, @SequenceNumber long sequence) {
        applyOnce(event.partnershipId().value(), sequence, set("state", CLOSED));
    }

    // The day a partner's notice takes effect; whether it has left is a question of the day the list is read.
    @EventHandler
    void on(PartnerWithdrew event, @SequenceNumber long sequence) {
        applyOnce(
                event.partnershipId().value(),
                sequence,
                push(
                        LEAVING,
                        new Document("partner", event.partner().value())
                                .append("on", event.effectiveOn().toString())));
    }

    @EventHandler
    void on(PartnerAdmitted event, @SequenceNumber long sequence) {
        applyOnce(event.partnershipId().value(), sequence, push("partners", toDocument(event.partner())));
    }

    // Who takes part is kept beside the summary (never shown in it) so a person's list is one query.
    @EventHandler
    void on(RepresentativeAppointed event, @SequenceNumber long sequence) {
        applyOnce(
                event.partnershipId().value(),
                sequence,
                addToSet(PEOPLE, event.person().value()));
    }

    @EventHandler
    void on(RepresentativeReplaced event, @SequenceNumber long sequence) {
        applyOnce(
                event.partnershipId().value(),
                sequence,
                addToSet(PEOPLE, event.incoming().value()));
    }

    @EventHandler
    void on(ConflictEscalated event, @SequenceNumber long sequence) {
        if (event.mediator().person() != null) {
            applyOnce(
                    event.partnershipId().value(),
                    sequence,
                    addToSet(PEOPLE, event.mediator().person().value()));
        }
    }

    @ResetHandler
    void reset() {
        summaries.deleteMany(new Document());
    }

    @QueryHandler
    List<PartnershipSummary> handle(ListPartnerships query) {
        Bson whose = query.person() == null ? new Document() : eq(PEOPLE, query.person());
        return summaries
                .find(whose)
                .sort(ascending("formedOn", "name"))
                .map(PartnershipSummaryProjection::toSummary)
                .into(new ArrayList<>());
    }

    /**
     * Applies an event's changes unless the summary already reflects that event or a later one, so a
     * replay can run at any time. The filter matches only an older summary; when a newer one exists the
     * upsert collides on {@code _id}, which means the event was applied before.
     */
    private void applyOnce(String partnershipId, long sequence, Bson changes) {
        Bson olderThanThisEvent = and(
                eq("_id", partnershipId), or(exists(LAST_EVENT_SEQUENCE, false), lt(LAST_EVENT_SEQUENCE, sequence)));
        try {
            summaries.updateOne(
                    olderThanThisEvent,
                    combine(changes, set(LAST_EVENT_SEQUENCE, sequence)),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private static Document toDocument(Partner partner) {
        return new Document("id", partner.id().value())
                .append("name", partner.name())
                .append("sector", partner.sector().name());
    }

    private static PartnershipSummary toSummary(Document summary) {
        Map<String, LocalDate> leaving = new HashMap<>();
        summary.getList(LEAVING, Document.class, List.of())
                .forEach(notice -> leaving.put(notice.getString("partner"), LocalDate.parse(notice.getString("on"))));
        List<PartnerSummary> partners = summary.getList("partners", Document.class).stream()
                .map(partner -> new PartnerSummary(
                        partner.getString("id"),
                        partner.getString("name"),
                        partner.getString("sector"),
                        leaving.get(partner.getString("id"))))
                .toList();
        return new PartnershipSummary(
                summary.getString("_id"),
                summary.getString("name"),
                summary.getString("purpose"),
                LocalDate.parse(summary.getString("formedOn")),
                partners,
                summary.getString("state"));
    }
}
