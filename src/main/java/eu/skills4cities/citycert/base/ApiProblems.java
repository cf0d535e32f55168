package eu.skills4cities.citycert.base;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details for the JSON API's invalid input, in the caller's language
 * ({@code Accept-Language}); {@link ApiErrorHandling} is its only user.
 */
final class ApiProblems {

    private ApiProblems() {
    }

    /**
     * 422 for a service's invalid input: its problems one by one, under its title; a file's
     * problems as path, line and message under the summary.
     */
    static ProblemDetail unprocessable(MessageSource messages, InvalidInputException e) {
        if (e.located().isEmpty() && e.summary() == null) {
            return unprocessable(messages, e.titleKey(), e.problems());
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> problems = e.located().stream().map(p -> {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("path", p.path());
            problem.put("line", p.line());
            problem.put("message", messages.getMessage(p.message(), locale));
            return problem;
        }).toList();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                messages.getMessage(e.summary(), locale));
        if (e.titleKey() != null) {
            detail.setTitle(messages.getMessage(e.titleKey(), null, locale));
        }
        detail.setProperty("problems", problems);
        return detail;
    }

    /**
     * 422 for input with problems: the problems one by one in {@code problems}, and all of them
     * as the detail.
     */
    static ProblemDetail unprocessable(MessageSource messages, String titleKey, List<UserMessage> problems) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> sentences = problems.stream().map(p -> messages.getMessage(p, locale)).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                String.join(" ", sentences));
        if (titleKey != null) {
            problem.setTitle(messages.getMessage(titleKey, null, locale));
        }
        problem.setProperty("problems", sentences);
        return problem;
    }
}
