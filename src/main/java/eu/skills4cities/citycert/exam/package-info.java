/**
 * The exam route's foundation: the item bank. Multiple-choice items per framework element,
 * written by exam authors, approved by a second person (four-eyes), versioned (an approved item
 * never changes; an edit makes the next version), retired, imported and exported in a documented
 * YAML format. The exam sessions, which draw approved items per element, come later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exams")
package eu.skills4cities.citycert.exam;
