package eu.skills4cities.citycert.base;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A request that found no database connection to work with: the connection pool stayed exhausted for its
 * whole {@code connection-timeout} (HikariCP's {@link SQLTransientConnectionException}, which Spring wraps in
 * {@code CannotCreateTransactionException} or {@code CannotGetJdbcConnectionException}), or the database
 * could not be reached. Such a request answers 503 with {@code Retry-After} (the API, the filter in front of
 * Spring Security) or "try again shortly" (the UI) instead of an unexpected error: nothing is wrong with the
 * request, and the same request a little later will likely succeed. A statement that ran too long
 * ({@code QueryTimeoutException}) is not this: it is answered as any other failure.
 *
 * <p>Also the setting of that answer ({@code citycert.busy.*}, docs/operations.md, "Pool size and busy
 * answers"), so that every place that answers busy reads it from one bean.
 *
 * @param retryAfter what {@code Retry-After} tells the caller to wait, in whole seconds (at least one)
 */
@ConfigurationProperties("citycert.busy")
public record DatabaseBusy(Duration retryAfter) {

    private static final int MAX_DEPTH = 32;

    public DatabaseBusy {
        retryAfter = retryAfter == null || retryAfter.toSeconds() < 1 ? Duration.ofSeconds(5) : retryAfter;
    }

    /** The value of the {@code Retry-After} header: whole seconds. */
    public String retryAfterSeconds() {
        return String.valueOf(retryAfter.toSeconds());
    }

    /** True if the failure, or any failure in its chain of causes, is a connection the database could not give. */
    public static boolean isBusy(Throwable failure) {
        // a bounded walk: a chain of causes may loop
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    // CannotGetJdbcConnectionException is one of these
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
