package org.partnershipledger.core.store.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.partnershipledger.core.partnership.PartnerWithdrew;

/**
 * Reads a {@link PartnerWithdrew} stored as revision 1, whose day of notice was {@code noticeGivenOn}, as
 * revision 2, where it is {@code occurredOn} like every other event's domain date. Only the event read is
 * changed; the stored document, and so its hash, stay as they were written.
 */
public final class PartnerWithdrewUpcaster extends SingleEventUpcaster {

    static final String TYPE = PartnerWithdrew.class.getName();
    static final String REVISION_1 = "1";
    static final String REVISION_2 = "2";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPE.equals(event.getType().getName())
                && REVISION_1.equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(
                new SimpleSerializedType(TYPE, REVISION_2), JsonNode.class, PartnerWithdrewUpcaster::toRevision2);
    }

    private static JsonNode toRevision2(JsonNode revision1) {
        ObjectNode payload = revision1.deepCopy();
        payload.set("occurredOn", payload.remove("noticeGivenOn"));
        return payload;
    }
}
