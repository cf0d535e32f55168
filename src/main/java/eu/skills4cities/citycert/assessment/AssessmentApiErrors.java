package eu.skills4cities.citycert.assessment;

import java.util.Locale;

import eu.skills4cities.citycert.application.ApplicationNotFoundException;
import eu.skills4cities.citycert.base.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The candidate's judging endpoints' refusals as RFC 9457 problem details, in the caller's
 * language: the same answers as the application's own endpoints under the same path.
 */
@Order(ApiProblems.FEATURE_ADVICE_ORDER)
@RestControllerAdvice(assignableTypes = AssessmentApiController.class)
class AssessmentApiErrors {

    private final MessageSource messages;

    AssessmentApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail retakeRefused(RetakeRefusedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(e.reason(), LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler
    ProblemDetail notFound(ApplicationNotFoundException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("application.not-found", null, locale));
        problem.setTitle(messages.getMessage("api.not-found", null, locale));
        return problem;
    }
}
