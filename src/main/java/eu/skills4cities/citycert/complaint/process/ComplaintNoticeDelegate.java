package eu.skills4cities.citycert.complaint.process;

import java.util.UUID;

import eu.skills4cities.citycert.complaint.ComplaintNotices;
import eu.skills4cities.citycert.complaint.ComplaintProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The complaint process's mail steps, one bean for all five: the step's activity says which notice
 * {@link ComplaintNotices} sends (acknowledgement, not a complaint, the holder told, the outcome,
 * the progress notice). Each is queued once, so a retried step mails nothing more.
 */
@Component("complaintNoticeDelegate")
class ComplaintNoticeDelegate implements JavaDelegate {

    private final ComplaintNotices notices;

    ComplaintNoticeDelegate(ComplaintNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID complaint = ComplaintProcess.complaintId(execution);
        switch (execution.getCurrentActivityId()) {
            case ComplaintProcess.ACTIVITY_ACKNOWLEDGE -> notices.acknowledge(complaint);
            case ComplaintProcess.ACTIVITY_TELL_NOT_A_COMPLAINT -> notices.notAComplaint(complaint);
            case ComplaintProcess.ACTIVITY_TELL_HOLDER -> notices.tellHolder(complaint);
            case ComplaintProcess.ACTIVITY_TELL_OUTCOME -> notices.outcome(complaint);
            case ComplaintProcess.ACTIVITY_TELL_PROGRESS -> notices.progress(complaint);
            default -> throw new IllegalStateException("No complaint notice for " + execution.getCurrentActivityId());
        }
    }
}
