/**
 * The competence framework and certification scheme: versioned frameworks of roles, units,
 * elements and performance criteria (ECQA skills-card style), each role with its scheme
 * settings. Frameworks are imported from a documented YAML format, published, retired and
 * compared; a published version never changes. The public catalogue shows what is
 * published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Competence framework")
package eu.skills4cities.citycert.framework;
