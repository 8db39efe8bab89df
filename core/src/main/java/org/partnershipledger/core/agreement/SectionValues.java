package org.partnershipledger.core.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partnershipledger.core.InvalidValueException;

/**
 * The normalisation every section repeats. Drafts go back and forth, so a section's text may still be
 * empty; what is written is kept without surrounding whitespace, and lists are copied so a caller
 * changing its list afterwards cannot change an agreement version.
 */
final class SectionValues {

    private SectionValues() {}

    /** The text without surrounding whitespace; an absent text is an empty one. */
    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** The entries of a list of texts, each stripped; an empty entry says nothing, so it is refused. */
    static List<String> items(List<String> values, String field) {
        List<String> items = new ArrayList<>();
        for (String value : entries(values, field)) {
            if (value.isBlank()) {
                throw new InvalidValueException(field + "[" + items.size() + "]", "must not be blank");
            }
            items.add(value.strip());
        }
        return List.copyOf(items);
    }

    /** An unmodifiable copy; an absent list is an empty one, an absent entry is refused by its position. */
    static <T> List<T> entries(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidValueException(field + "[" + i + "]", "must not be empty");
            }
        }
        return List.copyOf(values);
    }

    /** A start and an optional end, as a term or a phase has them. */
    static void requirePeriod(LocalDate startsOn, LocalDate endsOn, String field) {
        if (startsOn == null) {
            throw new InvalidValueException(field + ".startsOn", "is required");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidValueException(field + ".endsOn", "must not be before startsOn");
        }
    }
}
