package org.partnershipledger.web.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.partnershipledger.core.Identifier;

/**
 * What is wrong with a request body that could not be read, in the client's terms: which field, which
 * value, what was expected. Jackson's own messages name Java classes and are never passed on.
 */
record UnreadableBody(String detail, List<FieldProblem> errors) {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    static UnreadableBody of(Throwable cause) {
        for (Throwable inner = cause; inner != null; inner = inner.getCause()) {
            if (inner instanceof JsonParseException parse && duplicateKey(parse) != null) {
                return of(new FieldProblem(duplicateKey(parse), "is given more than once"));
            }
            if (inner instanceof InputCoercionException tooLarge && tooLarge.getProcessor() != null) {
                JsonParser parser = tooLarge.getProcessor();
                return of(new FieldProblem(
                        where(
                                parser.getParsingContext(),
                                parser.getParsingContext().getCurrentName()),
                        "is too large; expected a whole number"));
            }
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            FieldProblem problem = new FieldProblem(path(mapping), describe(mapping));
            return new UnreadableBody(
                    "Invalid value for field '" + problem.field() + "': " + problem.message(), List.of(problem));
        }
        if (cause instanceof JsonMappingException) {
            return new UnreadableBody("The request body must be a JSON object", List.of());
        }
        if (cause instanceof JsonProcessingException) {
            return new UnreadableBody("Malformed JSON request body", List.of());
        }
        return new UnreadableBody("The request body is missing or unreadable", List.of());
    }

    private static UnreadableBody of(FieldProblem problem) {
        return new UnreadableBody(
                "Invalid value for field '" + problem.field() + "': " + problem.message(), List.of(problem));
    }

    private static String describe(JsonMappingException mapping) {
        Class<?> target = mapping instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
        String expected = "expected " + expected(target);
        if (mapping instanceof InvalidFormatException invalid && quotable(invalid.getValue())) {
            return "'" + invalid.getValue() + "' is not valid; " + expected;
        }
        if (mapping instanceof InvalidFormatException) {
            return "this value is not valid; " + expected;
        }
        return expected;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date such as 2003-08-15 (yyyy-MM-dd)";
        }
        if (Identifier.class.isAssignableFrom(type)) {
            return "an id (text)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object";
    }

    /** A value is repeated to the client only when it is short and plainly printable. */
    private static boolean quotable(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 && text.codePoints().allMatch(point -> point >= 0x20 && point < 0x7f);
    }

    /** The key a body gives twice ({@code partners[1].name}), or null when that is not what is wrong. */
    private static String duplicateKey(JsonParseException parse) {
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(parse.getOriginalMessage()));
        if (!duplicate.matches()) {
            return null;
        }
        JsonParser parser = parse.getProcessor();
        return parser == null ? duplicate.group(1) : where(parser.getParsingContext(), duplicate.group(1));
    }

    /** A key within the object the parser is in, as the client wrote it: {@code partners[1].name}. */
    private static String where(JsonStreamContext object, String key) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context = object.getParent();
                context != null && !context.inRoot();
                context = context.getParent()) {
            String step = context.inArray()
                    ? "[" + context.getCurrentIndex() + "]"
                    : (context.getCurrentName() == null ? "" : "." + context.getCurrentName());
            path.insert(0, step);
        }
        path.append('.').append(key);
        return path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }

    /** Jackson's path as the client wrote it: {@code partners[0].sector}. */
    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
