package org.partnershipledger.core;

import java.util.List;
import java.util.Objects;

/** The value checks every message record repeats, so they read the same and fail the same way. */
public final class Values {

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
}
