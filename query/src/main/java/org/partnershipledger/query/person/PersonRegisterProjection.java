package org.partnershipledger.query.person;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.partnershipledger.core.Personal;
import org.partnershipledger.core.erasure.PersonErased;
import org.partnershipledger.core.person.PersonDetailsCorrected;
import org.partnershipledger.core.person.PersonRegistered;

/**
 * The register of persons as it reads now: one document per person, keyed by the person id, with the
 * latest details in plain text (so an erasure rebuilds it, like every read model) or only the mark that the
 * person was erased. Each document remembers the last event of the person applied to it, so a replay can
 * run at any time.
 */
@ProcessingGroup(PersonRegisterProjection.PROCESSING_GROUP)
public class PersonRegisterProjection {

    public static final String PROCESSING_GROUP = "persons";
    public static final String COLLECTION = "persons";

    private static final String LAST_SEQUENCE = "lastSequence";
    private static final String ERASED = "erased";

    private final MongoCollection<Document> persons;

    public PersonRegisterProjection(MongoDatabase database) {
        this.persons = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(PersonRegistered event, @SequenceNumber long sequence) {
        write(event.personId().value(), sequence, event.name(), event.email(), event.phone(), event.organisation());
    }

    @EventHandler
    void on(PersonDetailsCorrected event, @SequenceNumber long sequence) {
        write(event.personId().value(), sequence, event.name(), event.email(), event.phone(), event.organisation());
    }

    // The mark stays when the person was never registered, so a page reads an erased person as erased.
    @EventHandler
    void on(PersonErased event) {
        String id = event.person().value();
        Document current = persons.find(eq("_id", id)).first();
        long last = current == null ? -1 : current.get(LAST_SEQUENCE, -1L);
        persons.replaceOne(eq("_id", id), erased(id, last), new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        persons.deleteMany(new Document());
    }

    @QueryHandler
    List<PersonView> handle(ListPersons query) {
        List<PersonView> all = persons.find()
                .sort(ascending("_id"))
                .map(PersonRegisterProjection::view)
                .into(new ArrayList<>());
        Collator danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
        all.sort(Comparator.comparing(PersonView::erased)
                .thenComparing(view -> view.name() == null ? view.id() : view.name(), danish));
        return all;
    }

    @QueryHandler
    List<PersonView> handle(FindPersons query) {
        return persons.find(in("_id", query.ids()))
                .map(PersonRegisterProjection::view)
                .into(new ArrayList<>());
    }

    private void write(String id, long sequence, String name, String email, String phone, String organisation) {
        Document current = persons.find(eq("_id", id)).first();
        if (current != null && current.get(LAST_SEQUENCE, -1L) >= sequence) {
            return;
        }
        boolean erased = Personal.ERASED.equals(name) || (current != null && current.getBoolean(ERASED, false));
        Document person = erased
                ? erased(id, sequence)
                : new Document("_id", id)
                        .append("name", name)
                        .append("email", email)
                        .append("phone", phone)
                        .append("organisation", organisation)
                        .append(ERASED, false)
                        .append(LAST_SEQUENCE, sequence);
        persons.replaceOne(eq("_id", id), person, new ReplaceOptions().upsert(true));
    }

    private static Document erased(String id, long sequence) {
        return new Document("_id", id).append(ERASED, true).append(LAST_SEQUENCE, sequence);
    }

    private static PersonView view(Document person) {
        return new PersonView(
                person.getString("_id"),
                person.getString("name"),
                person.getString("email"),
                person.getString("phone"),
                person.getString("organisation"),
                person.getBoolean(ERASED, false));
    }
}
