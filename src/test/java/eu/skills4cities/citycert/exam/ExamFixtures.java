package eu.skills4cities.citycert.exam;

import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.security.CurrentUser;
import org.camunda.bpm.engine.ProcessEngine;

/** Applications brought to the exam for the exam tests, through the real process. */
public final class ExamFixtures {

    private ExamFixtures() {
    }

    /**
     * The candidate's SCPD application past its review, so at "Sit the exam" for the routes given. The process is
     * given the routes to take, whatever the role's scheme says (for example {@code EXAM,PORTFOLIO}, or {@code EXAM} alone).
     */
    public static ApplicationDetails reviewed(ProcessEngine engine, ApplicationService applications,
                                              CurrentUser candidate, String routes) {
        return reviewed(engine, applications, candidate, "SCPD", routes);
    }

    /** Like {@link #reviewed(ProcessEngine, ApplicationService, CurrentUser, String)}, for an application for this role. */
    public static ApplicationDetails reviewed(ProcessEngine engine, ApplicationService applications,
                                              CurrentUser candidate, String roleCode, String routes) {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application(roleCode));
        engine.getRuntimeService().setVariable(application.processInstanceId(),
                CertificationProcess.VAR_ASSESSMENT_ROUTES, routes);
        // the engine given, not camunda-bpm-assert's static one: a real-server test runs another engine
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery()
                        .processInstanceId(application.processInstanceId()).singleResult().getId(),
                java.util.Map.of("reviewVerdict", "SUFFICIENT", "reviewComment", "Fine."));
        return application;
    }
}
