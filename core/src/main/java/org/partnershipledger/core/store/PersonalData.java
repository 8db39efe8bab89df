package org.partnershipledger.core.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
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
        addDeserializer(String.class, new Unsealing());
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

    private final class Unsealing extends StdDeserializer<String> {

        Unsealing() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser in, DeserializationContext context) throws IOException {
            if (!in.hasToken(JsonToken.START_OBJECT)) {
                return StringDeserializer.instance.deserialize(in, context);
            }
            JsonNode sealed = in.readValueAsTree();
            if (!sealed.has(SUBJECT) || !sealed.has(SEALED)) {
                return (String) context.handleUnexpectedToken(String.class, in);
            }
            String subject = sealed.get(SUBJECT).asText();
            return keys.forReading(subject)
                    .map(key -> unseal(key, subject, sealed.get(SEALED).asText()))
                    .orElse(Personal.ERASED);
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
