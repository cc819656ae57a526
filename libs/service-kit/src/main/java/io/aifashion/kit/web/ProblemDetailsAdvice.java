package io.aifashion.kit.web;

import io.aifashion.kit.observability.TraceIds;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every error as RFC 9457 {@code application/problem+json}: framework errors keep their
 * status (400, 404, 405, 413, 415, ...) with this system's problem types, validation errors list
 * the offending fields, and anything unexpected becomes a 500 that carries the trace id but never
 * a stack trace or exception message (those go to the log, found by the trace id).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final TraceIds traceIds;

    public ProblemDetailsAdvice(TraceIds traceIds) {
        this.traceIds = traceIds;
    }

    @ExceptionHandler(ApiProblem.class)
    public ResponseEntity<Object> handleApiProblem(ApiProblem ex, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
        body.setType(ex.type());
        body.setTitle(ex.title());
        ex.properties().forEach(body::setProperty);
        return createResponseEntity(body, new HttpHeaders(), ex.status(), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        ex.getConstraintViolations().forEach(v -> errors.add(Map.of(
                "field", leafName(v.getPropertyPath().toString()),
                "message", v.getMessage())));
        return validationProblem(errors, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
        String expected = ex.getRequiredType() == null ? "a valid value" : ex.getRequiredType().getSimpleName();
        return validationProblem(List.of(Map.of("field", ex.getName(),
                "message", "'" + ex.getValue() + "' is not " + article(expected) + " " + expected)), request);
    }

    /** Security exceptions thrown inside controllers (method security) keep their meaning. */
    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "You do not have permission to do this.");
        body.setType(ProblemTypes.forStatus(HttpStatus.FORBIDDEN));
        body.setTitle("Forbidden");
        return createResponseEntity(body, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
    }

    @ExceptionHandler(AuthenticationException.class)
    public ResponseEntity<Object> handleAuthentication(AuthenticationException ex, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Sign in to do this.");
        body.setType(ProblemTypes.forStatus(HttpStatus.UNAUTHORIZED));
        body.setTitle("Authentication required");
        return createResponseEntity(body, new HttpHeaders(), HttpStatus.UNAUTHORIZED, request);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        String traceId = traceIds.currentTraceId().orElse("none");
        log.error("Unexpected error (traceId={}) on {}", traceId, describe(request), ex);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Quote trace id " + traceId + " when reporting it.");
        body.setType(ProblemTypes.forStatus(HttpStatus.INTERNAL_SERVER_ERROR));
        body.setTitle("Internal error");
        return createResponseEntity(body, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", fe.getField(),
                    "message", fe.getDefaultMessage() == null ? "is invalid" : fe.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors().forEach(ge -> errors.add(Map.of("field", ge.getObjectName(),
                "message", ge.getDefaultMessage() == null ? "is invalid" : ge.getDefaultMessage())));
        return validationProblem(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(e -> errors.add(Map.of(
                "field", r.getMethodParameter().getParameterName() == null ? "parameter"
                        : r.getMethodParameter().getParameterName(),
                "message", e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage()))));
        return validationProblem(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationProblem(List.of(Map.of("field", ex.getParameterName(),
                "message", "is required")), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is missing or is not valid JSON of the expected shape.");
        body.setType(ProblemTypes.of("malformed-body"));
        body.setTitle("Malformed request body");
        return createResponseEntity(body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
                problem.setType(ProblemTypes.forStatus(statusCode));
            }
            if (problem.getInstance() == null && request instanceof ServletWebRequest swr) {
                problem.setInstance(URI.create(swr.getRequest().getRequestURI()));
            }
            traceIds.currentTraceId().ifPresent(id -> problem.setProperty("traceId", id));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> validationProblem(List<Map<String, Object>> errors, WebRequest request) {
        String detail = errors.isEmpty() ? "The request is invalid."
                : errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
                        .reduce((a, b) -> a + "; " + b).orElseThrow();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        body.setType(ProblemTypes.forStatus(HttpStatus.BAD_REQUEST));
        body.setTitle("Invalid request");
        body.setProperty("errors", errors);
        return createResponseEntity(body, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    private static String leafName(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String article(String word) {
        return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String describe(WebRequest request) {
        if (request instanceof NativeWebRequest nwr && nwr instanceof ServletWebRequest swr) {
            return swr.getRequest().getMethod() + " " + swr.getRequest().getRequestURI();
        }
        return request.getDescription(false);
    }
}
