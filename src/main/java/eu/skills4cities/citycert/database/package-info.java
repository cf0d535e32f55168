/**
 * Database infrastructure: starts an embedded PostgreSQL when no external server is
 * configured ({@code spring.datasource.url} unset), so that the product and the tests
 * run on the same database engine as production without any installation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package eu.skills4cities.citycert.database;
