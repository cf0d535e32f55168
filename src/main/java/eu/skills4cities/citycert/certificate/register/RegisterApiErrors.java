package eu.skills4cities.citycert.certificate.register;

import java.util.Locale;

import eu.skills4cities.citycert.base.ApiProblems;
import eu.skills4cities.citycert.certificate.CertificateNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the register's refusals into RFC 9457 problem details, in the caller's language. */
@org.springframework.core.annotation.Order(eu.skills4cities.citycert.base.ApiProblems.FEATURE_ADVICE_ORDER)
@RestControllerAdvice(assignableTypes = RegisterApiController.class)
class RegisterApiErrors {

    private final MessageSource messages;

    RegisterApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalid(RegisterInputException e) {
        return ApiProblems.unprocessable(messages, "api.certificate-register.refused", e.problems());
    }

    @ExceptionHandler
    ProblemDetail refused(StatusChangeRefusedException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(e.reason(), locale));
        problem.setTitle(messages.getMessage("api.certificate-register.conflict", null, locale));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(CertificateNotFoundException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("certificate.not-found", null, locale));
        problem.setTitle(messages.getMessage("api.not-found", null, locale));
        return problem;
    }
}
