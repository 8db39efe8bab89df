package org.partnershipledger.core;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The value checks every message record repeats, so they read the same and fail the same way, and the
 * rules every value sent to the ledger must keep: what a text, a name, an id and a date may be.
 */
public final class Values {

    /** The domain dates the ledger takes: a partnership's history is within living memory, a plan within reach. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);

    /** An id: letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** The id rule as a client reads it. */
    public static final String ID_RULE =
            "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' and '-', starting with a letter or digit";

    private Values() {}

    /** The text without surrounding whitespace; rejected when there is no text at all. */
    public static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        return value.strip();
    }

    /** An unmodifiable copy, so a caller changing its list afterwards cannot change a message. */
    public static <T> List<T> requireList(List<T> values, String field) {
        if (values == null || values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException(field, "is required and must not contain empty entries");
        }
        return List.copyOf(values);
    }

    public static <T> T requirePresent(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    /**
     * Text as the ledger keeps it: valid Unicode in one normalisation form (NFC), line breaks as "\n", no
     * control characters but line breaks and tabs, without surrounding whitespace. A text stored and hashed
     * must read the same everywhere, so what cannot be stored faithfully is refused rather than repaired.
     */
    public static String freeText(String value, String field) {
        if (value == null) {
            return null;
        }
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < text.length(); ) {
            int point = text.codePointAt(i);
            if (point >= Character.MIN_SURROGATE && point <= Character.MAX_SURROGATE) {
                throw new InvalidValueException(
                        field, "is not valid Unicode (a lone surrogate at character " + (i + 1) + ")");
            }
            if (point != '\n' && point != '\t' && Character.getType(point) == Character.CONTROL) {
                throw new InvalidValueException(
                        field,
                        "must not contain the control character " + codePoint(point) + " (at character " + (i + 1)
                                + ")");
            }
            if (noncharacter(point)) {
                throw new InvalidValueException(
                        field,
                        "must not contain the noncharacter " + codePoint(point) + " (at character " + (i + 1) + ")");
            }
            i += Character.charCount(point);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /**
     * A name (of a partnership, an organisation, a person acting as mediator): a {@link #freeText free text}
     * on one line, without characters that make it look like another name: bidirectional controls,
     * zero-width and other invisible characters.
     */
    public static String name(String value, String field) {
        String name = freeText(value, field);
        if (name == null) {
            return null;
        }
        for (int i = 0; i < name.length(); ) {
            int point = name.codePointAt(i);
            if (point == '\n' || point == '\t') {
                throw new InvalidValueException(field, "must be on one line");
            }
            if (bidiControl(point) || invisible(point)) {
                throw new InvalidValueException(
                        field,
                        "must not contain the invisible or direction-changing character " + codePoint(point)
                                + " (at character " + (i + 1) + ")");
            }
            i += Character.charCount(point);
        }
        return name;
    }

    /** An id as {@link #ID} states it; ids end up in paths, headers and file names, so only plain characters. */
    public static String id(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        if (!ID.matcher(value).matches()) {
            throw new InvalidValueException(field, ID_RULE);
        }
        return value;
    }

    /** A domain date within the range the ledger takes, {@link #EARLIEST_DATE} to {@link #LATEST_DATE}. */
    public static LocalDate date(LocalDate value, String field) {
        if (value != null && (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE))) {
            throw new InvalidValueException(
                    field, "must be a date from " + EARLIEST_DATE + " to " + LATEST_DATE + ", not " + value);
        }
        return value;
    }

    /** A required domain date within the range the ledger takes. */
    public static LocalDate requireDate(LocalDate value, String field) {
        return date(requirePresent(value, field), field);
    }

    private static boolean noncharacter(int point) {
        return (point >= 0xFDD0 && point <= 0xFDEF) || (point & 0xFFFE) == 0xFFFE;
    }

    private static boolean bidiControl(int point) {
        return point == 0x061C
                || point == 0x200E
                || point == 0x200F
                || (point >= 0x202A && point <= 0x202E)
                || (point >= 0x2066 && point <= 0x2069);
    }

    private static boolean invisible(int point) {
        return (point >= 0x200B && point <= 0x200D)
                || (point >= 0x2060 && point <= 0x2064)
                || point == 0xFEFF
                || point == 0x00AD
                || point == 0x034F
                || point == 0x180E;
    }

    private static String codePoint(int point) {
        return String.format("U+%04X", point);
    }
}
