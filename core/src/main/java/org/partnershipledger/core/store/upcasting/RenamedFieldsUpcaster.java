package org.partnershipledger.core.store.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.partnershipledger.core.partnership.OpenedToResearch;
import org.partnershipledger.core.partnership.PartnerAdmitted;
import org.partnershipledger.core.partnership.PartnerWithdrew;
import org.partnershipledger.core.partnership.PartnershipClosed;
import org.partnershipledger.core.partnership.ProposalRetracted;
import org.partnershipledger.core.partnership.StanceRecorded;
import org.partnershipledger.core.programme.ProgrammeMeetingRecorded;

/**
 * Reads an event stored in the revision before a rename, when one meaning got one name across the ledger,
 * in its new shape: each renamed field (a dotted path reaches into a value) is moved to its new name, and an
 * event type that was renamed is read under its new one. Only the event read is changed; the stored
 * document, and so its hash, stay as they were written.
 */
public final class RenamedFieldsUpcaster extends SingleEventUpcaster {

    private static final String PARTNERSHIP = "org.partnershipledger.core.partnership.";

    private final String storedType;
    private final String storedRevision;
    private final String type;
    private final String revision;
    private final Map<String, String> renamed;

    RenamedFieldsUpcaster(
            String storedType, String storedRevision, String type, String revision, Map<String, String> renamed) {
        this.storedType = storedType;
        this.storedRevision = storedRevision;
        this.type = type;
        this.revision = revision;
        this.renamed = Map.copyOf(renamed);
    }

    /** The day of notice, {@code noticeGivenOn}, became {@code occurredOn}, every event's name for its day. */
    static RenamedFieldsUpcaster partnerWithdrewOccurredOn() {
        return sameType(PartnerWithdrew.class.getName(), Map.of("noticeGivenOn", "occurredOn"));
    }

    /**
     * {@code stance.by} became {@code stance.givenBy}, as in the decision trail, and {@code stance.givenOn}
     * became {@code stance.occurredOn}, every event's name for the day it happened on.
     */
    static RenamedFieldsUpcaster stanceGivenBy() {
        return sameType(StanceRecorded.class.getName(), Map.of("stance.by", "givenBy", "stance.givenOn", "occurredOn"));
    }

    /** {@code heldOn} became {@code occurredOn}, every event's name for the day it happened on. */
    static RenamedFieldsUpcaster programmeMeetingOccurredOn() {
        return sameType(ProgrammeMeetingRecorded.class.getName(), Map.of("heldOn", "occurredOn"));
    }

    /** {@code decision} held the id of the adopted proposal, and is now named for it. */
    static RenamedFieldsUpcaster partnerAdmittedByProposal() {
        return sameType(PartnerAdmitted.class.getName(), Map.of("decision", "proposalId"));
    }

    static RenamedFieldsUpcaster partnershipClosedByProposal() {
        return sameType(PartnershipClosed.class.getName(), Map.of("decision", "proposalId"));
    }

    static RenamedFieldsUpcaster openedToResearchByProposal() {
        return sameType(OpenedToResearch.class.getName(), Map.of("decision", "proposalId"));
    }

    /** A proposal taken back was {@code ProposalWithdrawn}, a word that also meant a partner leaving. */
    static RenamedFieldsUpcaster proposalRetracted() {
        return new RenamedFieldsUpcaster(
                PARTNERSHIP + "ProposalWithdrawn", "1", ProposalRetracted.class.getName(), "2", Map.of());
    }

    private static RenamedFieldsUpcaster sameType(String type, Map<String, String> renamed) {
        return new RenamedFieldsUpcaster(type, "1", type, "2", renamed);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return storedType.equals(event.getType().getName())
                && storedRevision.equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(type, revision), JsonNode.class, this::renamed);
    }

    private JsonNode renamed(JsonNode stored) {
        ObjectNode payload = stored.deepCopy();
        renamed.forEach((path, name) -> rename(payload, path, name));
        return payload;
    }

    private static void rename(ObjectNode payload, String path, String name) {
        int dot = path.indexOf('.');
        if (dot >= 0) {
            if (payload.get(path.substring(0, dot)) instanceof ObjectNode inner) {
                rename(inner, path.substring(dot + 1), name);
            }
            return;
        }
        if (payload.has(path)) {
            payload.set(name, payload.remove(path));
        }
    }
}
