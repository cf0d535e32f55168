/**
 * Who may do what: user accounts with bcrypt-hashed passwords, the six CityCert roles and
 * their engine groups, the security filter chains for the Vaadin UI, the JSON API, the
 * engine REST API and the Camunda webapps, and the single sign-on bridge into those webapps.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package eu.skills4cities.citycert.security;
