package eu.skills4cities.citycert.base;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import io.github.bucket4j.BucketExceptions;
import jakarta.servlet.ServletException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What counts as "no database connection in time", with the chains of causes that HikariCP, Spring, Spring
 * Security, the engine (MyBatis) and the servlet container build; and the sentence the UI picks for it.
 */
class DatabaseBusyTest {

    /** What HikariCP throws when no connection came within connection-timeout. */
    private static SQLTransientConnectionException poolTimeout() {
        return new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out "
                + "after 250ms (total=2, active=2, idle=0, waiting=0)");
    }

    /** PostgreSQL's answer to a statement cancelled by statement_timeout, as Spring translates it for PostgreSQL. */
    private static DataAccessException statementTimeout() {
        return new SQLErrorCodeSQLExceptionTranslator("PostgreSQL").translate("StatementCallback",
                "SELECT pg_sleep(5)", new SQLException("ERROR: canceling statement due to statement timeout", "57014"));
    }

    @Test
    void a_transaction_that_could_not_get_a_connection_from_the_pool_is_busy() {
        // DataSourceTransactionManager.doBegin
        assertThat(DatabaseBusy.isBusy(new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction", poolTimeout()))).isTrue();
    }

    @Test
    void a_statement_outside_a_transaction_that_could_not_get_a_connection_is_busy() {
        // DataSourceUtils.getConnection, used by JdbcTemplate
        assertThat(DatabaseBusy.isBusy(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                poolTimeout()))).isTrue();
        // the pool's exception translated as Spring's translator does it
        DataAccessException translated = new SQLExceptionSubclassTranslator().translate("ConnectionCallback", null,
                poolTimeout());
        assertThat(translated).isInstanceOf(TransientDataAccessResourceException.class);
        assertThat(DatabaseBusy.isBusy(translated)).isTrue();
    }

    @Test
    void a_busy_pool_deep_in_another_failure_is_busy() {
        // Spring Security's DaoAuthenticationProvider wraps the account's lookup
        assertThat(DatabaseBusy.isBusy(new InternalAuthenticationServiceException("Failed to obtain JDBC Connection",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolTimeout())))).isTrue();
        // the engine's persistence (MyBatis) around the raw pool exception
        assertThat(DatabaseBusy.isBusy(new ProcessEngineException("Process engine persistence exception",
                new PersistenceException("### Error querying database.  Cause: " + poolTimeout(), poolTimeout()))))
                .isTrue();
        // the sign-in throttle's buckets in PostgreSQL (bucket4j), before the account is looked up
        assertThat(DatabaseBusy.isBusy(new BucketExceptions.BucketExecutionException(poolTimeout()))).isTrue();
        // a filter's failure as the container passes it on
        assertThat(DatabaseBusy.isBusy(new ServletException(new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction", poolTimeout())))).isTrue();
    }

    @Test
    void a_statement_that_ran_too_long_or_any_other_failure_is_not_busy() {
        DataAccessException timeout = statementTimeout();
        assertThat(timeout).isInstanceOf(QueryTimeoutException.class);
        assertThat(DatabaseBusy.isBusy(timeout)).isFalse();
        assertThat(DatabaseBusy.isBusy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseBusy.isBusy(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseBusy.isBusy(null)).isFalse();
    }

    @Test
    void a_chain_of_causes_that_loops_ends() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException second = new IllegalArgumentException("second", first);
        first.initCause(second);
        assertThat(DatabaseBusy.isBusy(first)).isFalse();
    }

    @Test
    void retry_after_is_whole_seconds_five_unless_set() {
        assertThat(new DatabaseBusy(null).retryAfterSeconds()).isEqualTo("5");
        assertThat(new DatabaseBusy(Duration.ofMillis(300)).retryAfterSeconds()).isEqualTo("5");
        assertThat(new DatabaseBusy(Duration.ofSeconds(12)).retryAfterSeconds()).isEqualTo("12");
    }

    @Test
    void the_ui_asks_to_try_again_shortly_when_busy_and_keeps_its_other_sentences() {
        assertThat(UiErrorHandling.messageKey(new RuntimeException(new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction", poolTimeout())))).isEqualTo("error.unavailable");
        assertThat(UiErrorHandling.messageKey(statementTimeout())).isEqualTo("error.unexpected");
        assertThat(UiErrorHandling.messageKey(new IllegalStateException("a bug"))).isEqualTo("error.unexpected");
        assertThat(UiErrorHandling.messageKey(new RuntimeException(new AccessDeniedException("no"))))
                .isEqualTo("error.access-denied");
    }
}
