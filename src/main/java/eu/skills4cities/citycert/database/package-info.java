/**
 * Database infrastructure: starts an embedded PostgreSQL when no external server is
 * configured ({@code spring.datasource.url} unset), so that the product and the tests
 * run on the same database engine as production without any installation; locks the scheduled
 * jobs that must run on one node of a cluster at a time (ShedLock over {@code shedlock}); keeps the
 * event publication registry in it ({@code event_publication}: retries, clean-up); and watches the
 * process engine's jobs on it: the job executor's health for the readiness probe, the failed jobs and
 * open incidents as metrics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package eu.skills4cities.citycert.database;
