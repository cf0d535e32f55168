/**
 * Who may do what: user accounts with bcrypt-hashed passwords under a strength policy, the six
 * CityCert roles and their engine groups, the security filter chains for the Vaadin UI, the
 * JSON API, the engine REST API and the Camunda webapps, sign-in throttling (token buckets
 * shared in PostgreSQL), browser sessions that end when the account's password or existence
 * does, API tokens for integrations, and the single sign-on bridge into the webapps.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package eu.skills4cities.citycert.security;
