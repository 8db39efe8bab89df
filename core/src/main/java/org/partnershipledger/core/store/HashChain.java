package org.partnershipledger.core.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * The hash chain of an aggregate's stored events: each stored document carries {@code previousHash}, the
 * hash of the event before it in its aggregate (the genesis hash for the first), and {@code hash}, the
 * SHA-256 of that previous hash and the document's canonical form.
 *
 * <p>The canonical form is the stored document as written, without its place ({@code _id}, the global
 * sequence the engine allocates, and {@code sequenceNumber}, which the chain itself orders) and without
 * the two hashes: keys sorted, strings as JSON, numbers by value whatever their BSON type, dates in
 * milliseconds. Hashing the stored form means upcasting (on read) and replay never touch the chain, and
 * encrypted personal data is hashed encrypted, so destroying a key breaks nothing.
 */
public final class HashChain {

    public static final String HASH = "hash";
    public static final String PREVIOUS_HASH = "previousHash";

    /** The previous hash of an aggregate's first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final Set<String> NOT_CONTENT =
            Set.of(EventDocuments.GLOBAL_SEQUENCE, EventDocuments.SEQUENCE_NUMBER, HASH, PREVIOUS_HASH);

    private HashChain() {}

    /** The hash a document has when it follows an event with the given hash. */
    public static String hash(String previousHash, Map<String, Object> document) {
        StringBuilder canonical = new StringBuilder(2_048).append(previousHash).append('\n');
        map(document, NOT_CONTENT, canonical);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException notInThisJvm) {
            throw new IllegalStateException("Every Java platform has SHA-256", notInThisJvm);
        }
    }

    /** Adds the chain's two fields to a document about to be stored. */
    static void link(Map<String, Object> document, String previousHash) {
        String hash = hash(previousHash, document);
        document.put(PREVIOUS_HASH, previousHash);
        document.put(HASH, hash);
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            map(map, Set.of(), out);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Boolean bool) {
            out.append(bool);
        } else if (value instanceof Decimal128 decimal) {
            number(decimal.bigDecimalValue(), out);
        } else if (value instanceof Double || value instanceof Float) {
            double real = ((Number) value).doubleValue();
            if (Double.isFinite(real)) {
                number(BigDecimal.valueOf(real), out);
            } else {
                tagged("$double", String.valueOf(real), out);
            }
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte) {
            out.append(((Number) value).longValue()); // what the plain decimal of a whole number is, quicker
        } else if (value instanceof Number number) {
            number(new BigDecimal(number.toString()), out);
        } else if (value instanceof Date date) {
            tagged("$date", String.valueOf(date.getTime()), out);
        } else if (value instanceof Binary binary) {
            tagged("$binary", Base64.getEncoder().encodeToString(binary.getData()), out);
        } else if (value instanceof byte[] bytes) {
            tagged("$binary", Base64.getEncoder().encodeToString(bytes), out);
        } else if (value instanceof ObjectId id) {
            tagged("$oid", id.toHexString(), out);
        } else {
            tagged("$" + value.getClass().getSimpleName(), value.toString(), out);
        }
    }

    /** A map with its keys sorted, those left out skipped; keys are text in every stored document. */
    private static void map(Map<?, ?> map, Set<String> leftOut, StringBuilder out) {
        String[] keys = new String[map.size()];
        int count = 0;
        for (Object key : map.keySet()) {
            String name = String.valueOf(key);
            if (!leftOut.contains(name)) {
                keys[count++] = name;
            }
        }
        Arrays.sort(keys, 0, count); // the order a TreeMap of the keys has: the canonical form is unchanged
        out.append('{');
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(',');
            }
            string(keys[i], out);
            out.append(':');
            write(map.get(keys[i]), out);
        }
        out.append('}');
    }

    // By value: 5, 5L and 5.0 are one number, as a round trip through another store may change the type.
    private static void number(BigDecimal number, StringBuilder out) {
        out.append(number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString());
    }

    private static void tagged(String tag, String value, StringBuilder out) {
        out.append('{');
        string(tag, out);
        out.append(':');
        string(value, out);
        out.append('}');
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        int plain = 0;
        while (plain < text.length()
                && text.charAt(plain) >= 0x20
                && text.charAt(plain) != '"'
                && text.charAt(plain) != '\\') {
            plain++;
        }
        out.append(text, 0, plain); // most text needs no escaping: appended at once, the rest char by char
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
