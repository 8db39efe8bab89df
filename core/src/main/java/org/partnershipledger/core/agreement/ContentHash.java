package org.partnershipledger.core.agreement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.partnershipledger.core.InvalidValueException;

/**
 * The SHA-256 of an agreement version's text, as 64 lowercase hexadecimal characters. A signature names
 * it beside the version number, so a partner can only sign the very text it read: in one real case a
 * partner signed a version it had never seen.
 */
public record ContentHash(String value) {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ContentHash {
        String hex = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!SHA_256_HEX.matcher(hex).matches()) {
            throw new InvalidValueException("contentHash", "must be 64 hexadecimal characters (a SHA-256)");
        }
        value = hex;
    }

    /** The hash of the content's canonical form ({@link CanonicalForm}), the same wherever it is computed. */
    public static ContentHash of(AgreementContent content) {
        byte[] canonical = CanonicalForm.of(content).getBytes(StandardCharsets.UTF_8);
        return new ContentHash(HexFormat.of().formatHex(sha256().digest(canonical)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
