package eu.skills4cities.citycert.inbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Makes PostgreSQL plan each of the inbox's queries for its own values, for the rest of the transaction.
 *
 * <p>The engine's task queries are prepared statements whose values, the page's {@code LIMIT} among them, are
 * parameters. After five runs PostgreSQL may keep one generic plan for a statement, made without the values: for
 * a page filtered by a role it then assumed that a tenth of the tasks is wanted and sorted every task of the
 * role, a second at 100 000 open tasks, where the plan made for {@code LIMIT 50} walks the creation-time index and
 * stops after a few dozen rows, in about a millisecond (docs/benchmarks.md). Planning each query costs well under a
 * millisecond. A parallel plan for a page of 50 rows only adds the workers' start-up, so there are none.
 * {@code SET LOCAL} (here {@code set_config(..., true)}) ends with the transaction: nothing else's plans change.
 */
@Repository
class QueryPlans {

    private final JdbcClient jdbc;

    QueryPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For the current transaction: a custom plan for every statement, without parallel workers. */
    void planEachQuery() {
        jdbc.sql("SELECT set_config('plan_cache_mode', 'force_custom_plan', true),"
                + " set_config('max_parallel_workers_per_gather', '0', true)").query((row, number) -> number).list();
    }
}
