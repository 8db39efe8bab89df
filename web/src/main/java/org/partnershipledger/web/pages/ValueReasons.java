package org.partnershipledger.web.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The domain says why a value cannot be recorded in English, for the API's clients
 * ({@code core.Values}); a page says it in its own language. Each reason the domain gives is known here by
 * its wording and named by a message key ({@code invalid.reason.<key>}), its varying parts (which
 * character, at which position) as the message's arguments.
 */
final class ValueReasons {

    private static final Map<Pattern, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put(Pattern.compile("must not be blank|must not be empty"), "blank");
        KEYS.put(Pattern.compile("is required( and must not contain empty entries)?"), "required");
        KEYS.put(Pattern.compile("must be on one line"), "oneLine");
        KEYS.put(Pattern.compile("must be at most (\\d+) characters"), "tooLong");
        KEYS.put(Pattern.compile("is not valid Unicode \\(a lone surrogate at character (\\d+)\\)"), "unicode");
        KEYS.put(Pattern.compile("must not contain the control character (\\S+) \\(at character (\\d+)\\)"), "control");
        KEYS.put(Pattern.compile("must not contain the noncharacter (\\S+) \\(at character (\\d+)\\)"), "noncharacter");
        KEYS.put(
                Pattern.compile(
                        "must not contain the invisible or direction-changing character (\\S+) \\(at character (\\d+)\\)"),
                "invisible");
        KEYS.put(Pattern.compile("must be a date from (\\S+) to (\\S+), not .*"), "dateRange");
        KEYS.put(Pattern.compile("must be at most a hundred years"), "period");
        KEYS.put(Pattern.compile("must not be negative"), "negative");
        KEYS.put(Pattern.compile("must not be before .*"), "order");
        KEYS.put(Pattern.compile("must be an e-mail address.*"), "email");
        KEYS.put(Pattern.compile("must be a phone number.*"), "phone");
        KEYS.put(Pattern.compile(".* is listed more than once|lists a partner more than once"), "twice");
        KEYS.put(Pattern.compile("a meeting needs at least one attendee"), "noAttendee");
        KEYS.put(Pattern.compile("must be 1 to 64 characters of .*"), "id");
    }

    private ValueReasons() {}

    /** The reason as a message key and its arguments; empty for a reason this list does not know yet. */
    static Optional<Reason> of(String reason) {
        for (Map.Entry<Pattern, String> known : KEYS.entrySet()) {
            Matcher matched = known.getKey().matcher(reason);
            if (matched.matches()) {
                Object[] arguments = new Object[matched.groupCount()];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = matched.group(i + 1);
                }
                return Optional.of(new Reason("invalid.reason." + known.getValue(), arguments));
            }
        }
        return Optional.empty();
    }

    record Reason(String key, Object[] arguments) {}
}
