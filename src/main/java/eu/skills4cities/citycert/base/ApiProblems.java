package eu.skills4cities.citycert.base;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details for the JSON API, in the caller's language ({@code Accept-Language}). */
public final class ApiProblems {

    /**
     * The order of every feature's {@code @RestControllerAdvice}: before the API's fallback
     * ({@code ApiErrorHandling}), which catches every exception and would otherwise answer a
     * feature's refusal with a 500.
     */
    public static final int FEATURE_ADVICE_ORDER = 0;

    private ApiProblems() {
    }

    /**
     * 422 for input with problems: the problems one by one in {@code problems}, and all of them
     * as the detail.
     */
    public static ProblemDetail unprocessable(MessageSource messages, String titleKey, List<UserMessage> problems) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> sentences = problems.stream().map(p -> messages.getMessage(p, locale)).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                String.join(" ", sentences));
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        problem.setProperty("problems", sentences);
        return problem;
    }
}
