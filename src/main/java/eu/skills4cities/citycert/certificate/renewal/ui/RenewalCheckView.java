package eu.skills4cities.citycert.certificate.renewal.ui;

import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.inbox.HandOverControl;
import eu.skills4cities.citycert.inbox.TaskHandOver;
import eu.skills4cities.citycert.inbox.TaskHolders;
import eu.skills4cities.citycert.certificate.renewal.Renewal;
import eu.skills4cities.citycert.certificate.renewal.RenewalChecks;
import eu.skills4cities.citycert.certificate.renewal.RenewalProcess.Outcome;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Checking one renewal: the certificate, the CPD activities with their hours and units, the documents,
 * the requests and answers so far; the reviewer claims it (refused when not impartial) and decides
 * (accept, ask for more, refuse with a reason) with the declaration of no conflict of interest.
 */
@Route("renewals/:taskId")
@RolesAllowed(Role.REVIEWER_NAME)
class RenewalCheckView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RenewalChecks checks;
    private final CurrentUser reviewer;
    private final TaskHolders holders;
    private final TaskHandOver handOver;
    private String taskId;

    private final FrameworkCatalogue framework;

    RenewalCheckView(RenewalChecks checks, CurrentUserProvider users, TaskHolders holders, TaskHandOver handOver,
                     FrameworkCatalogue framework) {
        this.framework = framework;
        this.checks = checks;
        this.holders = holders;
        this.handOver = handOver;
        this.reviewer = users.require();
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse("");
        render();
    }

    private void render() {
        removeAll();
        RenewalChecks.OpenCheck check;
        try {
            check = checks.check(reviewer, taskId);
        } catch (NotFoundException e) {
            Paragraph none = new Paragraph(getTranslation("task.not-found"));
            none.setId("not-found");
            add(none);
            return;
        }
        Renewal renewal = check.renewal();
        add(new H2(getTranslation("check.title", check.certificate().number())));
        if (reviewer.username().equals(check.assignee())) {
            // the hand-over at the top, as on every task screen
            add(new HandOverControl(handOver, reviewer, taskId));
        }
        add(new Paragraph(getTranslation("check.facts", check.certificate().holderName(),
                framework.roleTitle(check.certificate().frameworkVersionId(), check.certificate().roleCode(),
                        check.certificate().roleTitle(), getLocale()).text(),
                DateDisplay.date(check.certificate().validUntil(), getLocale()),
                DateDisplay.dateTime(renewal.submittedAt(), getLocale()))));
        add(new Paragraph(getTranslation("check.totals", renewal.totalHours().stripTrailingZeros().toPlainString(),
                String.join(", ", renewal.unitsKeptCurrent()))));
        add(new H3(getTranslation("check.activities")), new RenewalSummary(renewal, "check-activities"),
                new Paragraph(getTranslation("check.declared")));
        if (check.assignee() == null) {
            Button claim = new Button(getTranslation("task.claim"), click -> act(() -> checks.claim(reviewer, taskId),
                    "inbox.claimed", false));
            claim.setId("check-claim");
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(claim);
        } else if (!check.assignee().equals(reviewer.username())) {
            add(new Paragraph(getTranslation("task.assigned-other", holders.nameOf(check.assignee()))));
        } else {
            decision();
        }
    }

    private void decision() {
        RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>(getTranslation("check.outcome"));
        outcome.setId("check-outcome");
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("check.outcome." + o.name()));
        TextArea text = new TextArea(getTranslation("check.text"));
        text.setId("check-text");
        text.setHelperText(getTranslation("check.text.helper"));
        text.setMaxLength(RenewalChecks.MAX_TEXT);
        text.setWidthFull();
        Checkbox declaration = new Checkbox(getTranslation("check.declaration"));
        declaration.setId("check-declaration");
        Button decide = new Button(getTranslation("check.decide"), click -> act(() -> checks.decide(reviewer, taskId,
                outcome.getValue(), text.getValue(), declaration.getValue()), "check.decided", true));
        decide.setId("check-decide");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("check.decision")), outcome, text, declaration, decide);
    }

    private void act(Runnable action, String done, boolean leave) {
        try {
            action.run();
            Notification.show(getTranslation(done)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (leave) {
                getUI().ifPresent(ui -> ui.navigate(RenewalChecksView.class));
            } else {
                render();
            }
        } catch (InvalidInputException e) {
            UiErrorHandling.show(e);
        } catch (Refusal e) {
            UiErrorHandling.show(e);
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checks.title") + " | " + getTranslation("app.name");
    }
}
