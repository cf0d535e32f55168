package eu.skills4cities.citycert.application;

import java.util.Locale;

import eu.skills4cities.citycert.base.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the feature's refusals into RFC 9457 problem details, in the caller's language
 * ({@code Accept-Language}; English by default).
 */
@org.springframework.core.annotation.Order(eu.skills4cities.citycert.base.ApiProblems.FEATURE_ADVICE_ORDER)
@RestControllerAdvice(assignableTypes = ApplicationApiController.class)
class ApplicationApiErrors {

    private final MessageSource messages;

    ApplicationApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidApplicationException e) {
        return ApiProblems.unprocessable(messages, "api.application.refused", e.problems());
    }

    @ExceptionHandler
    ProblemDetail withdrawalRefused(WithdrawalRefusedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("application.withdraw.refused", null, LocaleContextHolder.getLocale()));
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
