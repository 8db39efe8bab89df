package org.partnershipledger.query.disclosure;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.partnershipledger.core.FreeText;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Personal;
import org.partnershipledger.core.agreement.Mediator;
import org.partnershipledger.core.conflict.MediatorRef;
import org.partnershipledger.core.partnership.Partner;
import org.partnershipledger.core.partnership.PartnershipEvent;
import org.partnershipledger.core.partnership.Sector;
import org.partnershipledger.core.store.LedgerSerializer;

/**
 * Rewrites an event through the JSON the event store keeps of it, and reads it back as the same event
 * type: on the way out every {@link PersonId}, citizen partner's name and mediator's name may become a
 * pseudonym and every {@link FreeText} value the marker {@link Redaction#WITHHELD}. Going through the
 * stored form reaches every person and every text in any event, nested values included, without one
 * line per event type; a new event type is covered as soon as its texts carry {@link FreeText}.
 */
final class EventRewriter {

    /** The store's own mapper (LedgerSerializer), so an event reads back exactly as it would from the store. */
    private static final ObjectMapper JSON = LedgerSerializer.objectMapper()
            .registerModule(new SimpleModule("disclosure").setSerializerModifier(new Redacting()));

    /**
     * Each rewrites only what is its own: a value holding a {@link PersonId} leaves that id as it is, since
     * the id is written by its own serializer, which pseudonymises it; rewriting it here too would give the
     * person a pseudonym of their pseudonym.
     */
    private static final Map<Class<?>, BiFunction<Object, Pseudonyms, Object>> PERSONS = Map.of(
            PersonId.class, (person, pseudonyms) -> pseudonyms.of((PersonId) person),
            Partner.class, (partner, pseudonyms) -> citizenByPseudonym((Partner) partner, pseudonyms),
            MediatorRef.class, (mediator, pseudonyms) -> mediatorByPseudonym((MediatorRef) mediator, pseudonyms),
            Mediator.class, (mediator, pseudonyms) -> mediatorByPseudonym((Mediator) mediator, pseudonyms));

    private EventRewriter() {}

    static PartnershipEvent rewrite(PartnershipEvent event, Rewriting rewriting) {
        try {
            byte[] json =
                    JSON.writer().withAttribute(Rewriting.class, rewriting).writeValueAsBytes(event);
            return JSON.readValue(json, event.getClass());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not rewrite " + event.getClass().getSimpleName(), e);
        }
    }

    private static Partner citizenByPseudonym(Partner partner, Pseudonyms pseudonyms) {
        return partner.sector() == Sector.CITIZEN
                ? new Partner(partner.id(), pseudonyms.citizen(partner.id()), partner.sector())
                : partner;
    }

    private static MediatorRef mediatorByPseudonym(MediatorRef mediator, Pseudonyms pseudonyms) {
        return new MediatorRef(
                mediatorName(mediator.name(), mediator.person(), pseudonyms),
                mediator.organisation(),
                mediator.person());
    }

    /** The mediator the agreement names is read as the mediator of its conflicts is: one person, one pseudonym. */
    private static Mediator mediatorByPseudonym(Mediator mediator, Pseudonyms pseudonyms) {
        return new Mediator(
                mediatorName(mediator.name(), mediator.person(), pseudonyms),
                mediator.organisation(),
                mediator.person());
    }

    /**
     * A mediator known to the ledger is read by their person's pseudonym, in their name too; one who is not
     * by a pseudonym of their name, the same wherever that name stands.
     */
    private static String mediatorName(String name, PersonId person, Pseudonyms pseudonyms) {
        return person == null
                ? pseudonyms.mediator(name)
                : pseudonyms.of(person).value();
    }

    private static Rewriting rewritingOf(SerializerProvider provider) {
        Object rewriting = provider.getAttribute(Rewriting.class);
        return rewriting instanceof Rewriting given ? given : Rewriting.NONE;
    }

    /** Hooks the two rewritings into every serializer the mapper builds. */
    private static final class Redacting extends BeanSerializerModifier {

        @Override
        public List<BeanPropertyWriter> changeProperties(
                SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> properties) {
            return properties.stream()
                    .map(property ->
                            property.getAnnotation(FreeText.class) == null ? property : new FreeTextProperty(property))
                    .toList();
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> modifySerializer(
                SerializationConfig config, BeanDescription bean, JsonSerializer<?> serializer) {
            BiFunction<Object, Pseudonyms, Object> pseudonymise = PERSONS.get(bean.getBeanClass());
            return pseudonymise == null
                    ? serializer
                    : new PersonSerializer((JsonSerializer<Object>) serializer, pseudonymise);
        }
    }

    /** A {@link FreeText} property: its value, or the marker when the reader may not see it. */
    private static final class FreeTextProperty extends BeanPropertyWriter {

        FreeTextProperty(BeanPropertyWriter property) {
            super(property);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator json, SerializerProvider provider) throws Exception {
            Object value = get(bean);
            if (value == null || !withheldFrom(rewritingOf(provider), bean)) {
                super.serializeAsField(bean, json, provider);
                return;
            }
            json.writeFieldName(_name);
            provider.defaultSerializeValue(withheld(value), json);
        }

        /**
         * Free text is withheld until the history is open to research; text that is also one person's
         * personal data (a reason its giver marked personal) is never read by a researcher, open or not.
         */
        private boolean withheldFrom(Rewriting rewriting, Object bean) throws ReflectiveOperationException {
            return rewriting.withholdFreeText() || (rewriting.pseudonyms() != null && isPersonal(bean));
        }

        private boolean isPersonal(Object bean) throws ReflectiveOperationException {
            Personal personal = getAnnotation(Personal.class);
            return personal != null
                    && (personal.when().isEmpty()
                            || Boolean.TRUE.equals(
                                    bean.getClass().getMethod(personal.when()).invoke(bean)));
        }

        /** Empty text withholds nothing, so it stays empty; a list keeps its length. */
        private Object withheld(Object value) {
            if (value instanceof String text) {
                return text.isBlank() ? text : Redaction.WITHHELD;
            }
            if (value instanceof Collection<?> texts) {
                return texts.stream().map(this::withheld).toList();
            }
            throw new IllegalStateException("@FreeText marks text, not " + value.getClass() + " in " + getFullName());
        }
    }

    /** A value naming a person: written as the store writes it, of the person's pseudonym when asked. */
    private static final class PersonSerializer extends JsonSerializer<Object>
            implements ContextualSerializer, ResolvableSerializer {

        private final JsonSerializer<Object> stored;
        private final BiFunction<Object, Pseudonyms, Object> pseudonymise;

        PersonSerializer(JsonSerializer<Object> stored, BiFunction<Object, Pseudonyms, Object> pseudonymise) {
            this.stored = stored;
            this.pseudonymise = pseudonymise;
        }

        @Override
        public void serialize(Object value, JsonGenerator json, SerializerProvider provider) throws IOException {
            Pseudonyms pseudonyms = rewritingOf(provider).pseudonyms();
            stored.serialize(pseudonyms == null ? value : pseudonymise.apply(value, pseudonyms), json, provider);
        }

        @Override
        public Class<Object> handledType() {
            return stored.handledType();
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (stored instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            if (stored instanceof ContextualSerializer contextual) {
                return new PersonSerializer(
                        (JsonSerializer<Object>) contextual.createContextual(provider, property), pseudonymise);
            }
            return this;
        }
    }
}
