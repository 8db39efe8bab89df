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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** Each id type written as text, with how it is read from its text. */
    static final Map<Class<?>, Function<String, ?>> TYPES = types();

    IdsAsText() {
        super("ids-as-text");
        TYPES.forEach(this::add);
    }

    private static Map<Class<?>, Function<String, ?>> types() {
        Map<Class<?>, Function<String, ?>> types = new LinkedHashMap<>();
        types.put(PartnershipId.class, PartnershipId::new);
        types.put(PartnerId.class, PartnerId::new);
        types.put(PersonId.class, PersonId::new);
        types.put(ConflictId.class, ConflictId::new);
        types.put(MeetingId.class, MeetingId::new);
        types.put(ProposalId.class, ProposalId::new);
        types.put(DiaryEntryId.class, DiaryEntryId::new);
        types.put(ContentHash.class, ContentHash::new);
        return Collections.unmodifiableMap(types);
    }

    private <T> void add(Class<T> type, Function<String, ?> fromText) {
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
                return type.cast(fromText.apply(json.getText()));
            }
        });
    }
}
