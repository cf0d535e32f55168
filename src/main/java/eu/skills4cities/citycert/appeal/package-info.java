/**
 * Appeals (ISO/IEC 17024 §9.8): a candidate or holder asks for a decision about their own
 * certification to be reconsidered (an application not eligible or refused, a unit not passed, a
 * certificate suspended, withdrawn or reduced in scope, a refused renewal), within the role's window, with grounds and
 * documents. The appeals panel decides in {@code processes/appeal.bpmn}; nobody who took part in the
 * contested decision may claim, be handed or complete its task ({@link eu.skills4cities.citycert.appeal.AppealImpartiality},
 * checked by the services and by an engine task listener). An upheld appeal acts at once, those involved
 * before excluded from what it reopens: a suspension or a withdrawal is reversed through the certificate's
 * lifecycle, a refused application reopened, units not passed reassessed, a reduction of scope reversed by a
 * successor with the unit again, a refused renewal sent back to its check.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeals")
package eu.skills4cities.citycert.appeal;
