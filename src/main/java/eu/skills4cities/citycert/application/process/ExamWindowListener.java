package eu.skills4cities.citycert.application.process;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationProgress;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.application.ExamUnits;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.framework.UnitDefinition;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs on the flow into "Sit the exam" (before its boundary timer reads the window): sets the exam window once per application (the
 * engine's now plus the role's {@code examWindowDays}; a voided session returns here inside the same window),
 * names the units to sit and moves the application to {@link ApplicationStatus#IN_EXAM}. The engine's clock
 * ({@link ClockUtil}) is the one the window's timer runs on.
 */
@Component("examWindowListener")
class ExamWindowListener implements ExecutionListener {

    private final ApplicationService applications;
    private final ApplicationProgress progress;
    private final ObjectProvider<ExamUnits> examUnits;

    ExamWindowListener(ApplicationService applications, ApplicationProgress progress,
                       ObjectProvider<ExamUnits> examUnits) {
        this.applications = applications;
        this.progress = progress;
        this.examUnits = examUnits;
    }

    @Override
    public void notify(DelegateExecution execution) {
        UUID applicationId = CertificationProcess.applicationId(execution);
        RoleDefinition role = applications.facts(applicationId).requireRole().role();
        if (CertificationProcess.examWindowEndsAt(execution).isEmpty()) {
            Instant now = ClockUtil.getCurrentTime().toInstant();
            CertificationProcess.setExamWindowEndsAt(execution,
                    now.plus(Duration.ofDays(role.scheme().examWindowDays())));
        }
        ExamUnits units = examUnits.getIfAvailable();
        List<String> toSit = units != null ? units.unitsToSit(applicationId)
                : role.units().stream().map(UnitDefinition::code).toList();
        CertificationProcess.setExamUnits(execution, toSit);
        progress.changeStatus(applicationId, ApplicationStatus.IN_EXAM, null);
    }
}
