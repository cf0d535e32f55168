/**
 * The competence framework: the certification roles a candidate can apply for (the
 * Skills4Cities roles). The walking skeleton knows roles only; units, elements, criteria,
 * versions and scheme rules come with the framework feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Competence framework")
package eu.skills4cities.citycert.framework;
