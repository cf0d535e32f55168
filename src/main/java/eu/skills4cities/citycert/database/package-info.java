/**
 * Database infrastructure: starts an embedded PostgreSQL when no external server is
 * configured ({@code spring.datasource.url} unset), so that the product and the tests
 * run on the same database engine as production without any installation; and keeps the
 * event publication registry in it ({@code event_publication}: retries, clean-up).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package eu.skills4cities.citycert.database;
