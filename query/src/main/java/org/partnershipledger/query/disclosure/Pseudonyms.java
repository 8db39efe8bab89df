package org.partnershipledger.query.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.PartnerId;
import org.partnershipledger.core.PersonId;

/**
 * The stable pseudonyms researchers read persons by: the same person is the same pseudonym in every
 * partnership and every export, so a researcher can follow a person through the history without learning
 * who they are. A pseudonym is the HMAC-SHA256 of the id under a secret key, cut to its first 12
 * hexadecimal characters (48 bits: no collision to expect among the people of a ledger).
 *
 * <p>The key lives in the ledger's database and never leaves the ledger: whoever holds it can test a
 * guessed id against a pseudonym. Changing it gives every person a new pseudonym, which breaks the link
 * to exports made before.
 */
public final class Pseudonyms {

    /** Shorter keys would make the HMAC weaker than its hash (RFC 2104, section 3). */
    public static final int KEY_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";
    private static final int LENGTH = 12;

    private final SecretKeySpec key;
    // A researcher's view pseudonymises every person of every event: one MAC per thread, not one per name.
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public Pseudonyms(byte[] key) {
        if (key == null || key.length < KEY_BYTES) {
            throw new InvalidValueException("key", "must be at least " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(Arrays.copyOf(key, key.length), ALGORITHM);
    }

    /** A new random key, for a ledger that has none yet. */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** The person as a researcher reads them, e.g. {@code person-3f9a0c1b2d4e}. */
    public PersonId of(PersonId person) {
        return new PersonId("person-" + code(person.value()));
    }

    /** A citizen taking part as a partner is a person too: their name as a researcher reads it. */
    public String citizen(PartnerId partner) {
        return "citizen-" + code(partner.value());
    }

    /** A mediator appointed for a conflict may be a private person: their name as a researcher reads it. */
    public String mediator(String name) {
        return "mediator-" + code(name);
    }

    private String code(String value) {
        byte[] digest = macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, LENGTH);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime must provide " + ALGORITHM, e);
        }
    }

    /** Never the key: a log line must not carry it. */
    @Override
    public String toString() {
        return "Pseudonyms[" + ALGORITHM + "]";
    }
}
