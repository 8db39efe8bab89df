package org.partnershipledger.core.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
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

    /**
     * For snapshots, which hold an aggregate's state rather than a message: the state is the aggregate's
     * fields, read and written directly (its transient back-references skipped); the parts an aggregate
     * builds in its own constructor are filled in place, so they keep their reference to it; other parts
     * are built through their constructors. Personal data is sealed as in events, so an erasure shreds it
     * in a snapshot too.
     */
    public static JacksonSerializer forSnapshots(PersonalKeys keys) {
        return JacksonSerializer.builder()
                .objectMapper(stateMapper().registerModule(new PersonalData(keys)))
                .build();
    }

    /** The same without personal data, for stores that hold none (tests). */
    public static JacksonSerializer forSnapshots() {
        return JacksonSerializer.builder().objectMapper(stateMapper()).build();
    }

    private static ObjectMapper stateMapper() {
        ObjectMapper mapper = objectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new ParameterNamesModule())
                .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, Visibility.ANY);
        mapper.setDefaultMergeable(true);
        return mapper;
    }
}
