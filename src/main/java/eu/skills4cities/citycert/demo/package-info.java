/**
 * Demo data for the {@code demo} profile only: the sample Skills4Cities roles and one
 * account per actor. Never active in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package eu.skills4cities.citycert.demo;
