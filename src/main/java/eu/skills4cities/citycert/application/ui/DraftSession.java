package eu.skills4cities.citycert.application.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import eu.skills4cities.citycert.base.ErrorSummary;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.EligibilityRules;
import eu.skills4cities.citycert.base.InputProblems;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.framework.ElementDefinition;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.security.CurrentUser;

/**
 * What the wizard's steps share while one draft is open: the candidate, the draft as last read, its
 * role, the services, the error summary and the "saved" note, and the way to another step.
 */
final class DraftSession {

    final CurrentUser user;
    final ApplicationDrafts drafts;
    final ApplicationService applications;
    final EligibilityRules eligibility;
    final RoleDefinition role;
    final ErrorSummary summary;
    private final Span saved;
    private final Runnable changed;
    private ApplicationDetails draft;

    DraftSession(CurrentUser user, ApplicationDetails draft, RoleDefinition role, ApplicationDrafts drafts,
                 ApplicationService applications, EligibilityRules eligibility, ErrorSummary summary, Span saved,
                 Runnable changed) {
        this.user = user;
        this.draft = draft;
        this.role = role;
        this.drafts = drafts;
        this.applications = applications;
        this.eligibility = eligibility;
        this.summary = summary;
        this.saved = saved;
        this.changed = changed;
    }

    ApplicationDetails draft() {
        return draft;
    }

    /** Reads the draft again after a change and updates the task list. */
    void reload() {
        draft = applications.get(user, draft.id());
        changed.run();
    }

    void saved(ApplicationDetails updated) {
        draft = updated;
        saved.setText(saved.getTranslation("wizard.saved"));
        changed.run();
    }

    List<ElementDefinition> elements() {
        return role.units().stream().flatMap(unit -> unit.elements().stream()).toList();
    }

    /** The address of a step of this draft. */
    RouteParameters step(WizardStep step) {
        return new RouteParameters(java.util.Map.of("id", draft.id().toString(), "step", step.segment()));
    }

    void go(WizardStep step) {
        UI.getCurrent().navigate(DraftWizardView.class, step(step));
    }

    String text(UserMessage message) {
        return saved.getTranslation(message.key(), message.getArguments());
    }

    /**
     * Runs a change. The service's problems are shown in the summary, each on the field that
     * {@code fieldOf} names for it (null for none); returns whether the change went through.
     */
    boolean attempt(Runnable change, Function<UserMessage, Component> fieldOf) {
        try {
            change.run();
            return true;
        } catch (InvalidInputException e) {
            show(e.problems(), fieldOf);
        } catch (jakarta.validation.ConstraintViolationException e) {
            // the service's input constraints (control characters, a missing rating)
            show(InputProblems.of(e.getConstraintViolations()), fieldOf);
        }
        saved.setText("");
        return false;
    }

    void show(List<UserMessage> problems, Function<UserMessage, Component> fieldOf) {
        summary.show(problems.stream().map(p -> ErrorSummary.Problem.of(text(p), fieldOf.apply(p))).toList());
    }

    /** The button that throws the draft away, after a confirmation. */
    Button discardButton() {
        Button discard = new Button(saved.getTranslation("wizard.discard"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    saved.getTranslation("wizard.discard.confirm.title", draft.number()),
                    saved.getTranslation("wizard.discard.confirm.text"), saved.getTranslation("wizard.discard"),
                    yes -> {
                        drafts.discardDraft(user, draft.id());
                        UI.getCurrent().navigate(MyApplicationsView.class);
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(saved.getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        discard.setId("discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return discard;
    }
}
