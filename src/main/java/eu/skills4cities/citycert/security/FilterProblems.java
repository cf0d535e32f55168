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

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String titleKey,
               String detailKey, Object... args) throws IOException {
        Locale locale = RequestLanguages.of(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(detailKey, args, locale));
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Content-Language", locale.toLanguageTag());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

}
