package eu.skills4cities.citycert.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.NestedExceptionUtils;
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
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's one handler: every answer that is not a success passes here, except Spring
 * Security's own 401 and 403.
 * <ul>
 * <li>A service's {@link Refusal} answers its status as problem details, in the caller's language
 * ({@code Accept-Language}): 404 for {@link NotFoundException}, 403, 409, 410 or 429 (with
 * {@code Retry-After}) for {@link RefusedException}, 422 for {@link InvalidInputException} with
 * each problem in {@code problems} (a file's problems with path and line).</li>
 * <li>Invalid input that Spring finds (Bean Validation on request bodies and parameters, a value
 * of the wrong type) answers 422 in the same shape, naming each field; JSON that cannot be parsed
 * at all answers 400.</li>
 * <li>Spring MVC's own errors (unknown path, wrong method, upload too large...) keep their status
 * as problem details, without the exception's text.</li>
 * <li>A request that found no database connection in time (the pool stayed exhausted, {@link DatabaseBusy})
 * answers 503 with {@code Retry-After}: come back shortly, nothing is wrong with the request.</li>
 * <li>Anything else answers a plain 500 with an error id and nothing of the failure itself (no
 * SQL, class names or stored data); the failure is logged with the same id.</li>
 * </ul>
 * A refusal of access is left to Spring Security, which answers 401 or 403 as for any other
 * request. No other {@code @RestControllerAdvice} and no {@code @ExceptionHandler} outside this
 * package exist ({@code OneWayToSayNoTest}).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrorHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandling.class);

    private final MessageSource messages;
    private final DatabaseBusy busy;

    ApiErrorHandling(MessageSource messages, DatabaseBusy busy) {
        this.messages = messages;
        this.busy = busy;
    }

    // the statuses are declared so that the OpenAPI description lists them for every operation
    @ExceptionHandler
    @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
    ProblemDetail invalidInput(InvalidInputException e) {
        return ApiProblems.unprocessable(messages, e);
    }

    @ExceptionHandler({NotFoundException.class, RefusedException.class})
    ResponseEntity<ProblemDetail> refused(Refusal e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(),
                messages.getMessage(e.messages().get(0), locale));
        if (e.titleKey() != null) {
            problem.setTitle(messages.getMessage(e.titleKey(), null, locale));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status());
        if (e instanceof RefusedException refused && refused.retryAfter() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfter().toSeconds()));
        }
        return answer.body(problem);
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        return ApiProblems.unprocessable(messages, "api.input.invalid", InputProblems.of(e.getConstraintViolations()));
    }

    /** Spring Security answers these, as it does for requests refused before they reach a controller. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void leaveToSpringSecurity(RuntimeException e) {
        throw e;
    }

    /**
     * No database connection in time ({@link DatabaseBusy#isBusy}, which knows the failures, also when another one
     * wraps them, as the engine's do): reached through {@link #unexpected}, so that the failures are listed once.
     */
    private ResponseEntity<ProblemDetail> databaseBusy(Exception e) {
        // no stack trace: the pool's message (active, idle, waiting) says what there is to know
        log.warn("No database connection in time, answered 503: {}",
                NestedExceptionUtils.getMostSpecificCause(e).toString());
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("api.unavailable", null, locale));
        problem.setTitle(messages.getMessage("api.unavailable.title", null, locale));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, busy.retryAfterSeconds()).body(problem);
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseBusy.isBusy(e)) {
            return databaseBusy(e);
        }
        String errorId = UUID.randomUUID().toString();
        log.error("Unexpected failure answered as error {}", errorId, e);
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                messages.getMessage("api.internal", new Object[] {errorId}, locale));
        problem.setTitle(messages.getMessage("api.internal.title", null, locale));
        problem.setProperty("errorId", errorId);
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return invalid(fieldProblems(e.getBindingResult().getFieldErrors()), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<UserMessage> problems = new ArrayList<>();
        for (var result : e.getParameterValidationResults()) {
            RequestParam param = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
            String name = param != null && !param.name().isEmpty() ? param.name()
                    : result.getMethodParameter().getParameterName();
            if (result instanceof ParameterErrors errors) {
                problems.addAll(fieldProblems(errors.getFieldErrors()));
                continue;
            }
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                ConstraintViolation<?> violation = result.unwrap(error, ConstraintViolation.class);
                problems.add(InputProblems.problem(name, violation.getMessageTemplate(),
                        violation.getConstraintDescriptor().getAttributes()));
            }
        }
        return invalid(problems, headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        // a value of the wrong type in well-formed JSON names its field; JSON that cannot be parsed at all is a 400
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return invalid(List.of(UserMessage.of("problem.input.type", jsonPath(mismatch))), headers);
        }
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.input.unreadable", null, locale));
        problem.setTitle(messages.getMessage("api.input.invalid", null, locale));
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e.getPropertyName() == null ? "?" : e.getPropertyName();
        return invalid(List.of(UserMessage.of("problem.input.type", name)), headers);
    }

    private ResponseEntity<Object> invalid(List<UserMessage> problems, HttpHeaders headers) {
        ProblemDetail problem = ApiProblems.unprocessable(messages, "api.input.invalid", problems);
        return ResponseEntity.unprocessableEntity().headers(headers).body(problem);
    }

    private static List<UserMessage> fieldProblems(List<FieldError> errors) {
        return errors.stream().map(error -> {
            String field = error.getField();
            if (error.contains(ConstraintViolation.class)) {
                ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
                return InputProblems.problem(field, violation.getMessageTemplate(),
                        violation.getConstraintDescriptor().getAttributes());
            }
            return UserMessage.of(error.isBindingFailure() ? "problem.input.type" : "problem.input.invalid", field);
        }).sorted(java.util.Comparator.comparing(UserMessage::toString)).toList();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
