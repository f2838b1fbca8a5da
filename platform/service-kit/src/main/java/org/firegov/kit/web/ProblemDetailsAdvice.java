package org.firegov.kit.web;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.firegov.kit.attachments.AttachmentRejected;
import org.firegov.kit.axon.DuplicateAggregate;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.Forbidden;
import org.firegov.kit.domain.InvalidInput;
import org.firegov.kit.domain.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a FireGov service returns is an RFC 9457 problem: field-level messages for bad input, the domain's
 * rejection code for broken rules, 404 for what the caller may not see, 409 for concurrent edits, and a 500 without
 * internals (but with the correlation id to find it in the logs) for what we did not foresee.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** One field that failed validation. */
    public record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new java.util.ArrayList<>(ex.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsAdvice::fieldProblem)
                .toList());
        ex.getBindingResult().getGlobalErrors().forEach(e ->
                errors.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // a @Valid body validated together with constrained path variables: report the body's fields by name
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors body
                        ? body.getFieldErrors().stream().map(ProblemDetailsAdvice::fieldProblem)
                        : result.getResolvableErrors().stream().map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = mapping instanceof InvalidFormatException invalid
                    ? "cannot read '" + invalid.getValue() + "' as " + invalid.getTargetType().getSimpleName()
                    + enumHint(invalid.getTargetType())
                    : mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                    ? "expected " + mismatch.getTargetType().getSimpleName()
                    : "unreadable value";
            return invalid(List.of(new FieldProblem(field, message)));
        }
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body",
                "The request body is missing or is not valid JSON.");
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        return invalid(List.of(new FieldProblem(ex.getName(), "invalid value '" + ex.getValue() + "'")));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        return invalid(ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList());
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalidInput(InvalidInput ex) {
        return invalid(List.of(new FieldProblem(ex.field(), ex.getMessage())));
    }

    /** 413 / 415 for a file the attachment store refuses, naming the file. */
    @ExceptionHandler(AttachmentRejected.class)
    ProblemDetail attachmentRejected(AttachmentRejected ex) {
        return Problems.of(ex.status(), ex.slug(), ex.getMessage());
    }

    /** Spring's multipart limit (which follows the attachment store's) answers like the store itself. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE,
                "attachment-too-large", "The upload is larger than allowed (" + ex.getMaxUploadSize() + " bytes)."));
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden ex) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", ex.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound ex) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", ex.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "No such object: " + ex.getAggregateIdentifier());
    }

    @ExceptionHandler(BusinessRuleViolation.Conflict.class)
    ProblemDetail conflict(BusinessRuleViolation.Conflict ex) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ex.code(), ex.getMessage());
        problem.setProperty("code", ex.code());
        return problem;
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    ProblemDetail rejected(BusinessRuleViolation ex) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, ex.code(), ex.getMessage());
        problem.setProperty("code", ex.code());
        return problem;
    }

    /** Two edits of one aggregate at once, or a create of an id that exists: the loser retries on fresh state. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentEdit(ConcurrencyException ex) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-modification",
                "The object was changed or created by someone else at the same time; reload and retry.");
    }

    /** Creating an object whose id is taken (a second registration of one unit): 409; other store failures: 503. */
    @ExceptionHandler(EventStoreException.class)
    ProblemDetail eventStore(EventStoreException ex) {
        if (DuplicateAggregate.causedBy(ex)) {
            return Problems.of(HttpStatus.CONFLICT, "already-exists", "An object with this identifier already exists.");
        }
        log.error("Event store failure", ex);
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable",
                "The event store could not save the change; nothing was stored. Retry later.");
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyExists(AggregateStreamCreationException ex) {
        return Problems.of(HttpStatus.CONFLICT, "already-exists", "An object with this identifier already exists.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException ex) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this operation.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        log.error("Unexpected error", ex);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side; quote the correlation id when you report it.");
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType().toString().equals("about:blank")) {
            ProblemDetail typed = Problems.of(HttpStatus.valueOf(status.value()),
                    HttpStatus.valueOf(status.value()).name().toLowerCase().replace('_', '-'), problem.getDetail());
            return super.createResponseEntity(typed, headers, status, request);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input",
                "The request has invalid fields: " + errors.stream().map(FieldProblem::field).distinct()
                        .collect(Collectors.joining(", ")));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static FieldProblem fieldProblem(FieldError error) {
        return new FieldProblem(error.getField(), error.getDefaultMessage());
    }

    private static String enumHint(Class<?> type) {
        if (!type.isEnum()) {
            return "";
        }
        return "; one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", "));
    }

}
