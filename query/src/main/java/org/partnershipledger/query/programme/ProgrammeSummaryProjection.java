package org.partnershipledger.query.programme;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.partnershipledger.core.programme.ProgrammeStarted;

/**
 * Which programmes there are and who runs them, so a facilitator's programmes are one query. It keeps only
 * what a programme's start says; the rest (pairs, joint meetings) is folded from the programme's own
 * history ({@link ProgrammeView}), which is always current.
 */
@ProcessingGroup(ProgrammeSummaryProjection.PROCESSING_GROUP)
public class ProgrammeSummaryProjection {

    public static final String PROCESSING_GROUP = "programme-summary";
    public static final String COLLECTION = "programme_summaries";

    private final MongoCollection<Document> summaries;

    public ProgrammeSummaryProjection(MongoDatabase database) {
        this.summaries = database.getCollection(COLLECTION);
    }

    // A programme starts once and its start never changes, so writing the same document again is harmless.
    @EventHandler
    void on(ProgrammeStarted event) {
        Document summary = new Document("_id", event.programmeId().value())
                .append("name", event.name())
                .append("facilitator", event.facilitator().value())
                .append("startsOn", event.startsOn().toString())
                .append("endsOn", event.endsOn().toString());
        summaries.replaceOne(eq("_id", summary.getString("_id")), summary, new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        summaries.deleteMany(new Document());
    }

    @QueryHandler
    List<ProgrammeSummary> handle(ListProgrammes query) {
        return summaries
                .find(query.facilitator() == null ? new Document() : eq("facilitator", query.facilitator()))
                .sort(ascending("startsOn", "name"))
                .map(summary -> new ProgrammeSummary(
                        summary.getString("_id"),
                        summary.getString("name"),
                        summary.getString("facilitator"),
                        LocalDate.parse(summary.getString("startsOn")),
                        LocalDate.parse(summary.getString("endsOn"))))
                .into(new ArrayList<>());
    }
}
