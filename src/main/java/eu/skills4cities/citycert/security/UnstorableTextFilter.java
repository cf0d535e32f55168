package eu.skills4cities.citycert.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before anything reads them, a request whose parameters (of the query, or of a form's body) hold a NUL character
 * answers 422, naming the parameter, and reaches nothing else: PostgreSQL cannot store or compare a NUL in text,
 * so such a value would fail wherever it met the database (a search, the sign-in throttle's buckets) with a 500.
 * The body of a multipart request is not read here (the upload handlers stream it); its query is. Spring
 * Security's firewall refuses a NUL in the path already, and the JSON bodies' texts are checked by their
 * {@code @PlainText} constraints. The API's paths get problem details; the pages one plain sentence.
 */
class UnstorableTextFilter extends OncePerRequestFilter {

    private static final char NUL = '\u0000';

    private final FilterProblems problems;

    UnstorableTextFilter(FilterProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> refused = parameterWithNul(request);
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (FilterProblems.isApi(request)) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
            problems.invalid(request, response, "problem.input.control-characters", refused.get());
        } else {
            problems.page(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "problem.input.control-characters",
                    refused.get());
        }
    }

    /** The name of the first parameter whose name or value holds a NUL (a name with one is named without it). */
    static Optional<String> parameterWithNul(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && MediaType.MULTIPART_FORM_DATA.isCompatibleWith(safeType(contentType))) {
            return queryParameterWithNul(request.getQueryString());
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (hasNul(parameter.getKey())) {
                return Optional.of(parameter.getKey().replace(String.valueOf(NUL), ""));
            }
            for (String value : parameter.getValue()) {
                if (hasNul(value)) {
                    return Optional.of(parameter.getKey());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> queryParameterWithNul(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
            if (hasNul(name) || hasNul(value)) {
                return Optional.of(name.replace(String.valueOf(NUL), ""));
            }
        }
        return Optional.empty();
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // a broken escape is the container's to refuse; it holds no NUL that decoding could reveal
            return text;
        }
    }

    private static MediaType safeType(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static boolean hasNul(String text) {
        return text != null && text.indexOf(NUL) >= 0;
    }
}
