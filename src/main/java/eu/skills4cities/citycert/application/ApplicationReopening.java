package eu.skills4cities.citycert.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reopens a refused application at the contested stage, for an upheld appeal: a new certification
 * process for the same application starts before that stage's task (the review for an application
 * found not eligible or refused at review, the decision for one refused at decision), with the people
 * involved before named in {@code excludedStaff}, which the inbox and the engine's impartiality guard
 * read for every task of it. In the caller's transaction, so the appeal's outcome and the reopened
 * process commit together.
 */
@Service
public class ApplicationReopening {

    private static final Logger log = LoggerFactory.getLogger(ApplicationReopening.class);

    private final ApplicationRepository applications;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final ApplicationService service;
    private final ReassessmentStore reassessments;

    ApplicationReopening(ApplicationRepository applications, RuntimeService runtime, HistoryService history,
                         ApplicationService service, ReassessmentStore reassessments) {
        this.applications = applications;
        this.service = service;
        this.reassessments = reassessments;
        this.runtime = runtime;
        this.history = history;
    }

    /**
     * Reopens the application at the stage that refused it.
     *
     * @param excluded who may not take or complete any task of the reopened process
     * @return the stage it was reopened at
     * @throws RefusedException when the application is not refused or not eligible
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Stage reopen(UUID applicationId, Collection<String> excluded) {
        CertificationApplication application = applications.findById(applicationId)
                .orElseThrow(() -> NotFoundException.of("application.not-found"));
        if (application.status() != ApplicationStatus.REJECTED && application.status() != ApplicationStatus.NOT_ELIGIBLE) {
            throw new RefusedException(RefusedException.Kind.CONFLICT,
                    UserMessage.of("problem.appeal.not-reopenable", application.number()));
        }
        Stage stage = refusedAtDecision(application) ? Stage.DECISION : Stage.REVIEW;
        Map<String, Object> variables = new HashMap<>();
        variables.put(CertificationProcess.VAR_APPLICATION_ID, applicationId.toString());
        variables.put(CertificationProcess.VAR_CANDIDATE, application.candidateUsername());
        variables.putAll(service.candidateNameVariables(application.candidateUsername()));
        variables.put(CertificationProcess.VAR_ROLE_CODE, application.roleCode());
        variables.put(CertificationProcess.VAR_RETAKE, false);
        variables.put(CertificationProcess.VAR_ASSESSMENT_ROUTES,
                service.assessmentRoutes(service.facts(applicationId).requireRole()));
        variables.put(CertificationProcess.VAR_EXCLUDED_STAFF, String.join(",", excluded));
        if (stage == Stage.DECISION) {
            // the decision's rules read the assessment's outcome as the first process routed on it
            variables.put(Stage.ASSESSMENT.verdictVariable(), earlier(application, Stage.ASSESSMENT.verdictVariable()));
        }
        ProcessInstance process = runtime.createProcessInstanceByKey(CertificationProcess.PROCESS_KEY)
                .businessKey(application.number()).setVariables(variables)
                .startBeforeActivity(stage.activityId()).execute();
        // the status listener of the stage's task has moved the application on; re-read it
        applications.save(applications.findById(applicationId).orElseThrow().withProcessInstance(process.getId()));
        log.info("Application {} reopened at {} on appeal; {} people excluded", application.number(), stage,
                excluded.size());
        return stage;
    }

    /**
     * Reassesses the units a partially certified application did not pass, for an upheld appeal: a retake
     * opened on the candidate's behalf (a new application that retakes this one, so the passed units stay
     * held and the process goes straight to the assessment), outside the retake window and count, with the
     * people involved before named in {@code excludedStaff}.
     *
     * @param units        the units to judge again; empty for every unit the candidate does not hold
     * @param appealNumber the appeal that asked for it, kept with the units
     * @return the new application
     * @throws RefusedException when the application is not partially certified, or the candidate has an open
     *                          application for the role (it would be a second one)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ApplicationDetails reassess(UUID applicationId, Collection<String> excluded, Collection<String> units,
                                       String appealNumber) {
        CertificationApplication application = applications.findById(applicationId)
                .orElseThrow(() -> NotFoundException.of("application.not-found"));
        if (application.status() != ApplicationStatus.PARTIALLY_CERTIFIED) {
            throw new RefusedException(RefusedException.Kind.CONFLICT,
                    UserMessage.of("problem.appeal.not-reassessable", application.number()));
        }
        applications.findByCandidateUsernameOrderByCreatedAtDesc(application.candidateUsername()).stream()
                .filter(a -> a.roleCode().equals(application.roleCode()) && !a.status().closed()).findFirst()
                .ifPresent(open -> {
                    throw new RefusedException(RefusedException.Kind.CONFLICT,
                            UserMessage.of("problem.appeal.open-application", open.number()));
                });
        ApplicationDetails reassessment = service.retake(application,
                Map.of(CertificationProcess.VAR_EXCLUDED_STAFF, String.join(",", excluded)));
        reassessments.insert(reassessment.id(), units, appealNumber);
        log.info("Application {} reassessed on appeal {} as {}: units {}; {} people excluded", application.number(),
                appealNumber, reassessment.number(), units.isEmpty() ? "all not held" : units, excluded.size());
        return reassessment;
    }

    /** The units a reassessment on appeal judges again; empty for any other application (every unit not held). */
    @Transactional(readOnly = true)
    public java.util.Set<String> reassessedUnits(UUID applicationId) {
        return reassessments.units(applicationId);
    }

    private boolean refusedAtDecision(CertificationApplication application) {
        return application.processInstanceId() != null && history.createHistoricActivityInstanceQuery()
                .processInstanceId(application.processInstanceId())
                .activityId(CertificationProcess.END_REFUSED_AT_DECISION).count() > 0;
    }

    private Object earlier(CertificationApplication application, String variable) {
        HistoricVariableInstance value = history.createHistoricVariableInstanceQuery()
                .processInstanceId(application.processInstanceId()).variableName(variable).singleResult();
        return value == null ? null : value.getValue();
    }
}
