package eu.skills4cities.citycert.framework;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Framework refusals as RFC 9457 problem details; an import lists each problem with path and line. */
@org.springframework.core.annotation.Order(eu.skills4cities.citycert.base.ApiProblems.FEATURE_ADVICE_ORDER)
@RestControllerAdvice(assignableTypes = FrameworkApiController.class)
class FrameworkApiErrors {

    private final MessageSource messages;

    FrameworkApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail importRefused(FrameworkImportException e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> problems = e.problems().stream().map(p -> {
            Map<String, Object> problem = new java.util.LinkedHashMap<>();
            problem.put("path", p.path());
            problem.put("line", p.line());
            problem.put("message", messages.getMessage(p.message(), locale));
            return problem;
        }).toList();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                messages.getMessage("framework.import.refused", new Object[] {problems.size()}, locale));
        detail.setProperty("problems", problems);
        return detail;
    }

    @ExceptionHandler
    ProblemDetail refused(FrameworkActionRefusedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(e.reason(), LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler
    ProblemDetail notFound(FrameworkVersionNotFoundException e) {
        // the exception's text is for the log; the caller gets a sentence in their language
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("framework.version.not-found", null, locale));
        problem.setTitle(messages.getMessage("api.not-found", null, locale));
        return problem;
    }
}
