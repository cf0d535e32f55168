/**
 * Appeals (ISO/IEC 17024 §9.8): a candidate or holder asks for a decision about their own
 * certification to be reconsidered (an application not eligible or refused, a unit not passed, a
 * certificate suspended, withdrawn or reduced in scope), within the role's window, with grounds and
 * documents. The appeals panel decides in {@code processes/appeal.bpmn}; nobody who took part in the
 * contested decision may claim, be handed or complete its task ({@link eu.skills4cities.citycert.appeal.AppealImpartiality},
 * checked by the services and by an engine task listener). An upheld appeal against a suspension or a
 * withdrawal is acted on through the certificate's lifecycle at once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeals")
package eu.skills4cities.citycert.appeal;
