/**
 * The exam route: the item bank (multiple-choice items per framework element, written by exam authors, approved
 * by a second person, versioned, retired, imported and exported in a documented YAML format) and the exam
 * sessions (a form drawn per candidate from the approved items, answers saved as given on the server's clock,
 * submission by the candidate or the session's timer, scoring per element and unit, extra time, voids), which
 * feed the certification process's "Sit the exam" and the judging's unit scores.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exams")
package eu.skills4cities.citycert.exam;
