package eu.skills4cities.citycert.exam.process;

import eu.skills4cities.citycert.exam.ExamSessionProcess;
import eu.skills4cities.citycert.exam.ExamSessions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The session's timer: submits the session as it stands at its time limit (nothing when it was submitted). */
@Component("submitAtTimeLimitDelegate")
class SubmitAtTimeLimitDelegate implements JavaDelegate {

    private final ExamSessions sessions;

    SubmitAtTimeLimitDelegate(ExamSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sessions.submitAtTimeLimit(ExamSessionProcess.sessionId(execution));
    }
}
