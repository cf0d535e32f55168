package eu.skills4cities.citycert.inbox;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the inbox's refusals into RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = InboxApiController.class)
class InboxApiErrors {

    @ExceptionHandler
    ProblemDetail notFound(TaskNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail refused(TaskActionRefusedException e) {
        return ProblemDetail.forStatusAndDetail(e.conflict() ? HttpStatus.CONFLICT : HttpStatus.FORBIDDEN, e.getMessage());
    }
}
