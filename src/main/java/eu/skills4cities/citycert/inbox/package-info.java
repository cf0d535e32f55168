/**
 * The staff inbox over the engine's task service: task mechanics, as a task service in a
 * city's BPMN back office would be. Listing the tasks a reviewer, assessor or certification
 * officer may work on, claiming, releasing, handing over, commenting, escalating, and completing
 * them with a verdict and a comment that are recorded for the audit; the judging's rules (unit
 * verdicts, scores, pass rule, the decision's rules and impartiality) come from {@code assessment}.
 * Other modules' tasks (appeals, complaints) join the list through the {@code InboxWork} beans those
 * modules provide, under their own stages and access rules; they are worked on the modules' own pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff inbox")
package eu.skills4cities.citycert.inbox;
