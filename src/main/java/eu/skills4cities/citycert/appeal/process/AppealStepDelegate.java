package eu.skills4cities.citycert.appeal.process;

import eu.skills4cities.citycert.appeal.AppealProcess;
import eu.skills4cities.citycert.appeal.AppealSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The steps of the appeal process, one delegate for all: the BPMN names the step by the service
 * task's id (act on the upheld appeal, send the progress notice, remind the appellant, record the lapse).
 */
@Component("appealStepDelegate")
class AppealStepDelegate implements JavaDelegate {

    private final AppealSteps steps;

    AppealStepDelegate(AppealSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var appealId = AppealProcess.appealId(execution);
        switch (execution.getCurrentActivityId()) {
            case AppealProcess.ACTIVITY_ACT_ON_UPHELD -> steps.actOnUpheld(appealId);
            case AppealProcess.ACTIVITY_SEND_PROGRESS_NOTICE -> steps.overdue(appealId);
            case AppealProcess.ACTIVITY_REMIND_APPELLANT -> steps.remind(appealId);
            case AppealProcess.ACTIVITY_RECORD_LAPSE -> steps.lapse(appealId);
            default -> throw new IllegalStateException("No appeal step " + execution.getCurrentActivityId());
        }
    }
}
