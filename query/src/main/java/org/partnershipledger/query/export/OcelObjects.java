package org.partnershipledger.query.export;

import static org.partnershipledger.query.export.OcelDocument.INTEGER;
import static org.partnershipledger.query.export.OcelDocument.STRING;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.partnership.Partner;

/**
 * The objects of a partnership's object-centric log, their types and their ids. Ids carry their type, as
 * OCEL needs them unique across types; a person is one object in every partnership (the same pseudonym),
 * everything else belongs to the partnership it is made in.
 */
final class OcelObjects {

    static final String PARTNERSHIP = "partnership";
    static final String PARTNER = "partner organisation";
    static final String PERSON = "person";
    static final String VERSION = "agreement version";
    static final String MEETING = "meeting";
    static final String DECISION = "decision";
    static final String CONFLICT = "conflict";

    static final Map<String, Map<String, String>> TYPES = types();

    private final OcelDocument log;
    private String partnershipId;
    private String partnership;

    OcelObjects(OcelDocument log) {
        this.log = log;
    }

    private static Map<String, Map<String, String>> types() {
        Map<String, Map<String, String>> types = new LinkedHashMap<>();
        types.put(PARTNERSHIP, declared("name", STRING, "complexity", STRING, "kind", STRING, "state", STRING));
        types.put(PARTNER, declared("name", STRING, "sector", STRING));
        // A person's roles differ between partnerships; the appointing events carry them.
        types.put(PERSON, declared());
        types.put(VERSION, declared("number", INTEGER, "contentHash", STRING));
        types.put(MEETING, declared("kind", STRING));
        types.put(DECISION, declared("outcome", STRING, "concernsVersion", INTEGER));
        types.put(CONFLICT, declared("category", STRING, "state", STRING));
        return types;
    }

    private static Map<String, String> declared(String... namesAndTypes) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            attributes.put(namesAndTypes[i], namesAndTypes[i + 1]);
        }
        return attributes;
    }

    /** The partnership whose objects are made from here on. */
    String partnership(String id) {
        partnershipId = id;
        partnership = PARTNERSHIP + ":" + id;
        log.object(partnership, PARTNERSHIP);
        return partnership;
    }

    String joined(Partner joined, LocalDate on) {
        String id = partner(joined.id());
        log.objectAttribute(id, "name", joined.name(), on);
        log.objectAttribute(id, "sector", joined.sector().name(), on);
        return id;
    }

    String representative(PersonId person, PartnerId partner) {
        String id = person(person);
        log.objectRelationship(id, partner(partner), "represents");
        return id;
    }

    // Each object is made on its first mention: a history cut at a date may mention one made later.

    String partner(PartnerId partner) {
        return within(PARTNER, "partner:" + partner.value(), "member of");
    }

    String person(PersonId person) {
        String id = "person:" + person.value();
        log.object(id, PERSON);
        return id;
    }

    String version(int number) {
        String id = "version:" + partnershipId + ":" + number;
        boolean made = log.hasObject(id);
        within(VERSION, id, "agreement of");
        if (!made) {
            log.objectAttribute(id, "number", number, LocalDate.EPOCH);
        }
        return id;
    }

    String meeting(MeetingId meeting) {
        return within(MEETING, "meeting:" + meeting.value(), "held by");
    }

    String decision(ProposalId proposal) {
        return within(DECISION, "decision:" + proposal.value(), "taken in");
    }

    String conflict(ConflictId conflict) {
        return within(CONFLICT, "conflict:" + conflict.value(), "within");
    }

    String within(String type, String id, String qualifier) {
        log.object(id, type);
        log.objectRelationship(id, partnership, qualifier);
        return id;
    }
}
