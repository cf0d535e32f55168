package eu.skills4cities.citycert.inbox;

import eu.skills4cities.citycert.assessment.InvalidJudgementException;
import eu.skills4cities.citycert.base.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the inbox's refusals into RFC 9457 problem details, in the caller's language. */
@org.springframework.core.annotation.Order(eu.skills4cities.citycert.base.ApiProblems.FEATURE_ADVICE_ORDER)
@RestControllerAdvice(assignableTypes = InboxApiController.class)
class InboxApiErrors {

    private final MessageSource messages;

    InboxApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail notFound(TaskNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("task.not-found", null, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidJudgementException e) {
        return ApiProblems.unprocessable(messages, "api.task.refused", e.problems());
    }

    @ExceptionHandler
    ProblemDetail refused(TaskActionRefusedException e) {
        return ProblemDetail.forStatusAndDetail(e.conflict() ? HttpStatus.CONFLICT : HttpStatus.FORBIDDEN,
                messages.getMessage(e.reason(), LocaleContextHolder.getLocale()));
    }
}
