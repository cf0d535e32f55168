package eu.skills4cities.citycert.exam.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.exam.ExamSessions;
import eu.skills4cities.citycert.exam.RunningExam;
import eu.skills4cities.citycert.security.CurrentUser;

/**
 * The officer grants extra time to a running exam: minutes and a reason, each checked under its field by the
 * service's own rule ({@link ExamSessions#extraTimeProblems}), then a confirm step (the grant is recorded and
 * cannot be taken back), then the grant through {@link ExamSessions#grantExtraTime}.
 */
class ExtraTimeDialog extends Dialog {

    private final IntegerField minutes = new IntegerField();
    private final TextArea reason = new TextArea();

    ExtraTimeDialog(ExamSessions sessions, CurrentUser officer, RunningExam exam, Runnable afterGrant) {
        setId("extra-time-dialog");
        setHeaderTitle(getTranslation("exams-running.dialog.title", exam.applicationNumber()));
        setWidth("min(32rem, 100%)");
        minutes.setId("extra-time-minutes");
        minutes.setLabel(getTranslation("exams-running.dialog.minutes", ExamSessions.MAX_EXTRA_MINUTES));
        minutes.setMin(1);
        minutes.setMax(ExamSessions.MAX_EXTRA_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setRequiredIndicatorVisible(true);
        reason.setId("extra-time-reason");
        reason.setLabel(getTranslation("exams-running.dialog.reason"));
        reason.setMaxLength(ExamSessions.MAX_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        add(minutes, reason);

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("extra-time-cancel");
        Button next = new Button(getTranslation("exams-running.dialog.next"), click -> {
            if (shown(ExamSessions.extraTimeProblems(minutes.getValue(), reason.getValue()))) {
                confirm(sessions, officer, exam, afterGrant);
            }
        });
        next.setId("extra-time-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, next);
    }

    /** The recorded grant, after the officer confirms it. */
    private void confirm(ExamSessions sessions, CurrentUser officer, RunningExam exam, Runnable afterGrant) {
        int added = minutes.getValue();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("extra-time-confirm");
        confirm.setHeader(getTranslation("exams-running.grant"));
        confirm.setText(getTranslation("exams-running.confirm.text", added, exam.applicationNumber(),
                exam.candidateName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("exams-running.confirm.grant", added));
        confirm.addConfirmListener(event -> {
            try {
                sessions.grantExtraTime(officer, exam.sessionId(), added, reason.getValue());
                Notification.show(getTranslation("exams-running.granted", added, exam.applicationNumber()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                afterGrant.run();
            } catch (InvalidInputException e) {
                shown(e.problems());
            } catch (RefusedException e) {
                // the session ended meanwhile, or it is the officer's own: say why, show the list as it is now
                UiErrorHandling.show(e);
                close();
                afterGrant.run();
            }
        });
        confirm.open();
    }

    /** Each problem under its field (its first argument names it); true when there is none. */
    private boolean shown(List<UserMessage> problems) {
        String aboutMinutes = text(problems, "minutes");
        String aboutReason = text(problems, "reason");
        minutes.setErrorMessage(aboutMinutes);
        minutes.setInvalid(!aboutMinutes.isEmpty());
        reason.setErrorMessage(aboutReason);
        reason.setInvalid(!aboutReason.isEmpty());
        return problems.isEmpty();
    }

    private String text(List<UserMessage> problems, String field) {
        return String.join(" ", problems.stream().filter(p -> !p.args().isEmpty() && p.args().get(0).equals(field))
                .map(p -> getTranslation(p.key(), p.getArguments())).toList());
    }
}
