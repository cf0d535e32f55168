package eu.skills4cities.citycert.security;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import eu.skills4cities.citycert.base.DatabaseBusy;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 problem details written by the security filters themselves (a throttled sign-in,
 * an expired session, a refused API token, a database too busy to check the credentials), where no
 * controller advice is reached; in the
 * caller's language like the API's other problems.
 */
@Component
class FilterProblems {

    private final MessageSource messages;
    private final ObjectMapper json;
    private final DatabaseBusy busy;

    FilterProblems(MessageSource messages, ObjectMapper json, DatabaseBusy busy) {
        this.messages = messages;
        this.json = json;
        this.busy = busy;
    }

    /** 503 with Retry-After: no database connection came in time ({@link DatabaseBusy}), as the API's advice answers it. */
    void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, busy.retryAfterSeconds());
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "api.unavailable.title", "api.unavailable");
    }

    /** 422 naming the field, as the API's advice answers an invalid input: the sentence of the key, with its arguments. */
    void invalid(HttpServletRequest request, HttpServletResponse response, String detailKey, Object... args)
            throws IOException {
        Locale locale = RequestLanguages.of(request);
        String sentence = messages.getMessage(detailKey, args, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, sentence);
        problem.setTitle(messages.getMessage("api.input.invalid", null, locale));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        problem.setProperty("problems", java.util.List.of(sentence));
        send(response, HttpStatus.UNPROCESSABLE_ENTITY, locale, problem);
    }

    /** One plain sentence for a page's request (not the API's), in the reader's language; never cached. */
    void page(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey,
              Object... args) throws IOException {
        Locale locale = RequestLanguages.of(request);
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
        response.getWriter().write(messages.getMessage(detailKey, args, locale));
    }

    /** Whether the request is for the API, the engine's REST API or the actuator, whose answers are JSON. */
    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/actuator/");
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String titleKey,
               String detailKey, Object... args) throws IOException {
        Locale locale = RequestLanguages.of(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(detailKey, args, locale));
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        send(response, status, locale, problem);
    }

    private void send(HttpServletResponse response, HttpStatus status, Locale locale, ProblemDetail problem)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Content-Language", locale.toLanguageTag());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

}
