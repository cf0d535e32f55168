package eu.skills4cities.citycert.security;

import java.io.IOException;

import eu.skills4cities.citycert.base.DatabaseBusy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Just outside Spring Security's filters: a request whose handling found no database connection in time
 * ({@link DatabaseBusy}) where no controller advice or Vaadin error handler answers it, typically in a security
 * filter (the API token's lookup, the session registry's check), answers 503 with {@code Retry-After} instead
 * of the container's 500. The API's paths get problem details as the API's advice writes them; the pages get
 * one plain sentence. A response already under way is left as it is (its status is sent), and any other
 * failure passes on unchanged.
 */
class DatabaseBusyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBusyFilter.class);

    private final FilterProblems problems;
    private final DatabaseBusy busy;

    DatabaseBusyFilter(FilterProblems problems, DatabaseBusy busy) {
        this.problems = problems;
        this.busy = busy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseBusy.isBusy(e) || response.isCommitted()) {
                throw e;
            }
            // no stack trace: the pool's message (active, idle, waiting) says what there is to know
            log.warn("No database connection in time for {} {}, answered 503: {}", request.getMethod(),
                    request.getRequestURI(), NestedExceptionUtils.getMostSpecificCause(e).toString());
            // nothing that the failed handling set (a challenge, a cookie) belongs to this answer
            response.reset();
            if (FilterProblems.isApi(request)) {
                response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
                problems.busy(request, response);
            } else {
                page(request, response);
            }
        }
    }

    private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, busy.retryAfterSeconds());
        problems.page(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable");
    }
}
