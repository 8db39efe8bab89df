package org.partnershipledger.web.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;

/**
 * The signed-in user may not do what they asked; the message says why, for the 403 answer. A refusal with
 * a key reads in a page's language from the messages ({@code refused.<key>}), else as worded here.
 */
public class AccessRefused extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    public AccessRefused(String reason) {
        this(null, reason);
    }

    public AccessRefused(String key, String reason, Object... arguments) {
        super(reason);
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The reason in the given language, if the messages have it. */
    public String reasonIn(MessageSource messages, Locale locale) {
        return reasonIn(messages, locale, UnaryOperator.identity());
    }

    /** The same, with each argument as the reader should read it (a person by their name on a page). */
    public String reasonIn(MessageSource messages, Locale locale, UnaryOperator<Object> naming) {
        Object[] named = Arrays.stream(arguments).map(naming).toArray();
        return key == null ? getMessage() : messages.getMessage("refused." + key, named, getMessage(), locale);
    }
}
