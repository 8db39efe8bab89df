package org.partnershipledger.web.api;

import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.partnershipledger.core.InvalidValueException;
import org.partnershipledger.core.RuleViolation;
import org.partnershipledger.core.Values;
import org.partnershipledger.web.security.AccessRefused;
import org.partnershipledger.web.security.PartnershipNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where failures become HTTP answers, as RFC 7807 problem details: 400 bad input, 403 not
 * allowed, 404 unknown, 409 a rule of the domain or a concurrent change, 500 for the rest without revealing
 * internals. Spring MVC's own failures (405, 415, ...) keep the problem details of the base class.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    /** Set on a request answered with a problem that says to retry (a concurrent change, the store away). */
    static final String TRY_AGAIN = ProblemDetailsAdvice.class.getName() + ".tryAgain";

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return handleExceptionInternal(ex, invalidRequest(errors), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeLimit.TooLarge tooLarge) {
                ProblemDetail problem =
                        ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(413), tooLarge.getMessage());
                return handleExceptionInternal(ex, problem, headers, HttpStatus.valueOf(413), request);
            }
            if (cause instanceof InvalidValueException invalid) {
                // A domain value checked itself while the body was read: name its field, as for a command.
                return handleExceptionInternal(
                        ex,
                        invalidRequest(List.of(new FieldProblem(invalid.field(), invalid.reason()))),
                        headers,
                        status,
                        request);
            }
        }
        UnreadableBody body = UnreadableBody.of(ex.getCause());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, body.detail());
        problem.setTitle("Unreadable request body");
        if (!body.errors().isEmpty()) {
            problem.setProperty("errors", body.errors());
        }
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    // Query parameters: every error names the parameter, as a body's errors name the field.

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return handleExceptionInternal(
                ex,
                invalidRequest(List.of(new FieldProblem(ex.getParameterName(), "is required"))),
                headers,
                status,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName()
                : String.valueOf(ex.getPropertyName());
        Class<?> type = ex instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getParameter().nestedIfOptional().getNestedParameterType()
                : ex.getRequiredType();
        return handleExceptionInternal(
                ex, invalidRequest(List.of(new FieldProblem(name, expected(type)))), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                parameterName(result.getMethodParameter()), error.getDefaultMessage())))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return handleExceptionInternal(ex, invalidRequest(errors), headers, status, request);
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        return String.valueOf(parameter.getParameterName());
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has a value that cannot be read";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "must be a whole number";
        }
        if (type == LocalDate.class) {
            return "must be a date (YYYY-MM-DD) from " + Values.EARLIEST_DATE + " to " + Values.LATEST_DATE;
        }
        if (type == Instant.class) {
            return "must be a timestamp (e.g. 2024-03-01T12:00:00Z)";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        return "has a value that cannot be read";
    }

    /** A path under {@code /api} that names no endpoint is an unknown path, not a missing static file. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String path = request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getRequestURI()
                : "/" + ex.getResourcePath();
        if (!path.startsWith("/api/")) {
            return super.handleNoResourceFoundException(ex, headers, status, request);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                "The API has no " + ex.getHttpMethod() + " " + path + "; /v3/api-docs describes its paths");
        problem.setTitle("Unknown path");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalidValue(InvalidValueException ex) {
        return respond(invalidRequest(List.of(new FieldProblem(ex.field(), ex.reason()))));
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolated(RuleViolation ex) {
        HttpStatus status = ex.kind() == RuleViolation.Kind.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
        problem.setTitle("Refused: " + ex.rule());
        problem.setProperty("rule", ex.rule());
        return respond(problem);
    }

    @ExceptionHandler(AccessRefused.class)
    ResponseEntity<ProblemDetail> refused(AccessRefused ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
        problem.setTitle("Not allowed");
        return respond(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownAggregate(AggregateNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "Nothing is recorded under the id " + ex.getAggregateIdentifier());
        problem.setTitle("Unknown id");
        return respond(problem);
    }

    @ExceptionHandler(PartnershipNotFoundException.class)
    ResponseEntity<ProblemDetail> partnershipNotFound(PartnershipNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Unknown partnership");
        problem.setProperty("partnershipId", ex.partnershipId());
        return respond(problem);
    }

    /**
     * Two writers at once ({@link ConcurrencyException}), or something recorded between the authority check
     * and the command it let through ({@link ConflictingModificationException}): nothing was recorded.
     */
    @ExceptionHandler({
        ConcurrencyException.class,
        ConflictingModificationException.class,
        AggregateStreamCreationException.class
    })
    ResponseEntity<ProblemDetail> concurrentChange(Exception ex) {
        log.info("Concurrent change rejected: {}", ex.getMessage());
        markToTryAgain();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "Someone else changed this partnership at the same time; retry the request");
        problem.setTitle("Concurrent change, retry");
        problem.setProperty("rule", "concurrent-change");
        return respond(problem);
    }

    /** Axon and futures wrap the failure that matters; answer for the first cause that has a meaning here. */
    @ExceptionHandler({CommandExecutionException.class, CompletionException.class, ExecutionException.class})
    ResponseEntity<ProblemDetail> wrapped(Exception ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidValueException invalid) {
                return invalidValue(invalid);
            }
            if (cause instanceof RuleViolation violation) {
                return ruleViolated(violation);
            }
            if (cause instanceof AggregateNotFoundException unknown) {
                return unknownAggregate(unknown);
            }
            if (cause instanceof PartnershipNotFoundException notFound) {
                return partnershipNotFound(notFound);
            }
            if (cause instanceof ConcurrencyException
                    || cause instanceof ConflictingModificationException
                    || cause instanceof AggregateStreamCreationException) {
                return concurrentChange((Exception) cause);
            }
            if (unreachable(cause)) {
                return storeUnreachable((Exception) cause);
            }
        }
        return unexpected(ex);
    }

    /**
     * The store does not answer (restarting, or a replica set electing a new primary): nothing is known to be
     * recorded, and a retry with the same Idempotency-Key is safe.
     */
    @ExceptionHandler({
        MongoSocketException.class,
        MongoTimeoutException.class,
        MongoNotPrimaryException.class,
        MongoNodeIsRecoveringException.class
    })
    ResponseEntity<ProblemDetail> storeUnreachable(Exception ex) {
        log.warn("The store could not be reached: {}", ex.getMessage());
        markToTryAgain();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "The ledger's store cannot be reached now; retry in a few seconds");
        problem.setTitle("Store unavailable, retry");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    private static boolean unreachable(Throwable cause) {
        return cause instanceof MongoSocketException
                || cause instanceof MongoTimeoutException
                || cause instanceof MongoNotPrimaryException
                || cause instanceof MongoNodeIsRecoveringException;
    }

    /**
     * The answer says to retry, so it is not the answer to keep for the request's Idempotency-Key: a retry
     * with the same key is executed anew.
     */
    private static void markToTryAgain() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(TRY_AGAIN, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Request failed unexpectedly", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "The ledger could not handle this request; it has been logged");
        problem.setTitle("Unexpected error");
        return respond(problem);
    }

    private static ProblemDetail invalidRequest(List<FieldProblem> errors) {
        String detail = errors.stream()
                .map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
