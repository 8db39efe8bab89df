package org.partnershipledger.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What is wrong with a request body that could not be read, in the client's terms: which field, which
 * value, what was expected. Jackson's own messages name Java classes and are never passed on.
 */
record UnreadableBody(String detail, List<FieldProblem> errors) {

    static UnreadableBody of(Throwable cause) {
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

    private static String describe(JsonMappingException mapping) {
        Class<?> target = mapping instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
        String expected = "expected " + expected(target);
        if (mapping instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not valid; " + expected;
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
            return "a date such as 2003-08-15";
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
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object";
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
