package org.partnershipledger.web.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PartnershipId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.agreement.ContentHash;
import org.partnershipledger.core.conflict.ConflictId;
import org.partnershipledger.core.decision.MeetingId;
import org.partnershipledger.core.decision.ProposalId;
import org.partnershipledger.core.diary.DiaryEntryId;
import org.springframework.stereotype.Component;

/**
 * In the API's JSON an id is its text ({@code "partner": "p-1"}), not an object around it. Kept at the
 * edge, so the domain carries no Jackson annotations.
 */
@Component
class IdsAsText extends SimpleModule {

    IdsAsText() {
        super("ids-as-text");
        add(PartnershipId.class, PartnershipId::new);
        add(PartnerId.class, PartnerId::new);
        add(PersonId.class, PersonId::new);
        add(ConflictId.class, ConflictId::new);
        add(MeetingId.class, MeetingId::new);
        add(ProposalId.class, ProposalId::new);
        add(DiaryEntryId.class, DiaryEntryId::new);
        add(ContentHash.class, ContentHash::new);
    }

    private <T> void add(Class<T> type, Function<String, T> fromText) {
        addSerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(T id, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(id.toString());
            }
        });
        addDeserializer(type, new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser json, DeserializationContext context) throws IOException {
                // An id is text: 42 is not the id "42".
                if (json.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(context.handleUnexpectedToken(type, json));
                }
                return fromText.apply(json.getText());
            }
        });
    }
}
