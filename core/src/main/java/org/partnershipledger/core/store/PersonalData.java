package org.partnershipledger.core.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;
import org.partnershipledger.core.Personal;

/**
 * Stores {@link Personal} text encrypted with its subject's key (AES-GCM, a fresh 96-bit nonce each time,
 * the subject as associated data), as {@code {"personal": "person/anne", "sealed": "…"}} in place of the
 * text, and reads it back; once the subject is erased it reads {@link Personal#ERASED}. Only the event
 * store's serializer carries this module, so everything else (read models, exports) sees plain values.
 */
public final class PersonalData extends SimpleModule {

    static final String SUBJECT = "personal";
    static final String SEALED = "sealed";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PersonalKeys keys;
    private final SecureRandom random = new SecureRandom();

    public PersonalData(PersonalKeys keys) {
        super("personal-data");
        this.keys = keys;
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(
                    SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> properties) {
                return properties.stream()
                        .map(property -> property.getAnnotation(Personal.class) == null
                                        || !property.getType().hasRawClass(String.class)
                                ? property
                                : new Sealing(property, property.getAnnotation(Personal.class)))
                        .toList();
            }
        });
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription bean, JsonDeserializer<?> deserializer) {
                List<String> personal = bean.findProperties().stream()
                        .filter(PersonalData::isPersonal)
                        .map(BeanPropertyDefinition::getName)
                        .toList();
                return personal.isEmpty() ? deserializer : new Unsealing(deserializer, personal);
            }
        });
    }

    private static boolean isPersonal(BeanPropertyDefinition property) {
        return Stream.of(property.getField(), property.getGetter(), property.getConstructorParameter())
                .anyMatch(member -> member != null && member.hasAnnotation(Personal.class));
    }

    /** The key's name of a subject: a person, or a citizen partner (who is a person too). */
    public static String subjectOf(Object id) {
        if (id instanceof PersonId person) {
            return "person/" + person.value();
        }
        if (id instanceof PartnerId partner) {
            return "partner/" + partner.value();
        }
        throw new IllegalArgumentException("Personal data belongs to a person or a citizen partner, not " + id);
    }

    private final class Sealing extends BeanPropertyWriter {

        private final Personal personal;

        Sealing(BeanPropertyWriter base, Personal personal) {
            super(base);
            this.personal = personal;
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator out, SerializerProvider provider) throws Exception {
            String text = (String) get(bean);
            Object subject = component(bean, personal.subject());
            boolean applies = personal.when().isEmpty() || Boolean.TRUE.equals(component(bean, personal.when()));
            if (text == null || subject == null || !applies) {
                super.serializeAsField(bean, out, provider);
                return;
            }
            String name = subjectOf(subject);
            Optional<SecretKey> key = keys.forWriting(name);
            out.writeFieldName(getName());
            if (key.isEmpty()) {
                // An erased person's personal data is not kept, not even when an event names them again.
                out.writeString(Personal.ERASED);
                return;
            }
            out.writeStartObject();
            out.writeStringField(SUBJECT, name);
            out.writeStringField(SEALED, seal(key.get(), name, text));
            out.writeEndObject();
        }

        private static Object component(Object bean, String name) throws ReflectiveOperationException {
            return bean.getClass().getMethod(name).invoke(bean);
        }
    }

    /**
     * Reads an event (or value) with personal fields: opens each sealed field with its subject's key, or
     * reads it as erased, and hands the rest to Jackson as usual. Only types with personal fields pay.
     */
    private final class Unsealing extends DelegatingDeserializer {

        private final List<String> personal;

        Unsealing(JsonDeserializer<?> delegate, List<String> personal) {
            super(delegate);
            this.personal = personal;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Unsealing(delegate, personal);
        }

        @Override
        public Object deserialize(JsonParser in, DeserializationContext context) throws IOException {
            JsonNode tree = in.readValueAsTree();
            if (tree instanceof ObjectNode object) {
                for (String field : personal) {
                    JsonNode sealed = object.get(field);
                    if (sealed != null && sealed.isObject() && sealed.has(SUBJECT) && sealed.has(SEALED)) {
                        String subject = sealed.get(SUBJECT).asText();
                        object.put(
                                field,
                                keys.forReading(subject)
                                        .map(key -> unseal(
                                                key, subject, sealed.get(SEALED).asText()))
                                        .orElse(Personal.ERASED));
                    }
                }
            }
            try (JsonParser unsealed = tree.traverse(in.getCodec())) {
                unsealed.nextToken();
                return _delegatee.deserialize(unsealed, context);
            }
        }
    }

    private String seal(SecretKey key, String subject, String text) throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
        byte[] encrypted = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(nonce.length + encrypted.length)
                        .put(nonce)
                        .put(encrypted)
                        .array());
    }

    private static String unseal(SecretKey key, String subject, String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException broken) {
            throw new IllegalStateException("Personal data of " + subject + " does not decrypt with its key", broken);
        }
    }
}
