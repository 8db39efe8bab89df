package org.partnershipledger.core.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The one serializer for events, snapshots and tokens. Dates are ISO text, and decimals stay exact
 * (an amount of 1234.50 is stored as 1234.50, not as a binary double).
 */
public final class LedgerSerializer {

    private LedgerSerializer() {}

    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    public static JacksonSerializer create() {
        return JacksonSerializer.builder().objectMapper(objectMapper()).build();
    }

    /** For the event store: personal data stored encrypted with its subject's key (see {@link PersonalData}). */
    public static JacksonSerializer create(PersonalKeys keys) {
        return JacksonSerializer.builder()
                .objectMapper(objectMapper().registerModule(new PersonalData(keys)))
                .build();
    }
}
