package eu.skills4cities.citycert.application;

import java.util.UUID;

import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.PlainText;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.security.CurrentUser;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A candidate withdraws their application while a staff task is still open. */
@Service
@org.springframework.validation.annotation.Validated
public class ApplicationWithdrawal {

    private static final Logger log = LoggerFactory.getLogger(ApplicationWithdrawal.class);

    private final ApplicationRepository applications;
    private final ApplicationService reading;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    ApplicationWithdrawal(ApplicationRepository applications, ApplicationService reading, RuntimeService runtimeService,
                          TaskService taskService) {
        this.applications = applications;
        this.reading = reading;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /**
     * Withdraws the candidate's own application before the certification decision: the
     * process ends through its withdrawal path, which records it, in this transaction.
     *
     * @throws NotFoundException when it is not the user's application
     * @throws RefusedException   when the decision has been taken or the application is closed
     */
    @Transactional
    public ApplicationDetails withdraw(CurrentUser candidate, UUID id,
                                       @PlainText(multiLine = true)
                                       @Size(max = ApplicationService.MAX_STATEMENT, message = "problem.input.length")
                                       String reason) {
        CertificationApplication application = applications.findById(id)
                .filter(a -> a.candidateUsername().equals(candidate.username()))
                .orElseThrow(() -> NotFoundException.of("application.not-found"));
        // before the decision means: a staff task (review, assessment or decision) is still open
        boolean beforeDecision = application.processInstanceId() != null && !application.status().closed()
                && taskService.createTaskQuery().processInstanceId(application.processInstanceId()).count() > 0;
        if (!beforeDecision) {
            throw RefusedException.conflict("application.withdraw.refused");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        runtimeService.createMessageCorrelation(CertificationProcess.MESSAGE_WITHDRAWN)
                .processInstanceId(application.processInstanceId())
                .setVariable(CertificationProcess.VAR_WITHDRAWAL_REASON, why)
                .correlateWithResult();
        log.info("Application {} withdrawn by {}", application.number(), candidate.username());
        return reading.details(id);
    }

}
