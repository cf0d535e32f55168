package eu.skills4cities.citycert.application.ui;

import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import eu.skills4cities.citycert.base.ErrorSummary;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.DraftProgress;
import eu.skills4cities.citycert.application.EligibilityRules;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The guided application wizard: a task list of the four steps with each one's state, the step
 * itself (one class each: {@link AnswersStep}, {@link SelfAssessmentStep}, {@link EvidenceStep},
 * {@link CheckAnswersStep}), the error summary above it, and Back and Next. The step is part of the
 * address, so reloading and the browser's Back keep it. Every answer is saved when it changes, so
 * the candidate can leave and resume the draft at any time.
 */
@Route("applications/:id/edit/:step?")
@RolesAllowed(Role.CANDIDATE_NAME)
class DraftWizardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationService applications;
    private final ApplicationDrafts drafts;
    private final FrameworkCatalogue framework;
    private final CurrentUserProvider users;
    private final EligibilityRules eligibility;
    private final Nav overview = new Nav();
    private final java.util.Map<WizardStep, Span> states = new java.util.EnumMap<>(WizardStep.class);
    private DraftSession session;
    private WizardStep step;
    private String title = "";

    DraftWizardView(ApplicationService applications, ApplicationDrafts drafts, FrameworkCatalogue framework,
                    CurrentUserProvider users, EligibilityRules eligibility) {
        this.applications = applications;
        this.drafts = drafts;
        this.framework = framework;
        this.users = users;
        this.eligibility = eligibility;
        setMaxWidth("64rem");
        overview.setId("task-list");
        overview.getElement().setAttribute("aria-label", getTranslation("wizard.task-list"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CurrentUser user = users.require();
        ApplicationDetails draft;
        try {
            draft = applications.get(user, UUID.fromString(event.getRouteParameters().get("id").orElse("")));
        } catch (IllegalArgumentException | NotFoundException e) {
            title = getTranslation("application.not-found");
            add(new Paragraph(title));
            return;
        }
        if (draft.status() != ApplicationStatus.DRAFT) {
            event.forwardTo(ApplicationView.class, ApplicationView.parameters(draft.id()));
            return;
        }
        RoleDefinition role = framework.role(draft.frameworkVersionId(), draft.roleCode()).map(p -> p.role())
                .orElseThrow();
        step = WizardStep.of(event.getRouteParameters().get("step"));
        Span saved = new Span();
        saved.setId("saved");
        saved.getElement().setAttribute("role", "status");
        ErrorSummary summary = new ErrorSummary("problems");
        session = new DraftSession(user, draft, role, drafts, applications, eligibility, summary, saved,
                this::showStates);
        title = getTranslation("wizard.page-title", getTranslation(step.titleKey()), draft.number());
        H2 heading = new H2(getTranslation("wizard.title", draft.number(),
                role.title(getLocale()).text()));
        heading.getStyle().set("overflow-wrap", "anywhere");
        Component content = switch (step) {
            case ANSWERS -> new AnswersStep(session);
            case SELF_ASSESSMENT -> new SelfAssessmentStep(session);
            case EVIDENCE -> new EvidenceStep(session);
            case CHECK -> new CheckAnswersStep(session);
        };
        H2 stepTitle = new H2(getTranslation(step.titleKey()));
        stepTitle.setId("step-title");
        buildOverview();
        add(heading, new Paragraph(getTranslation("wizard.intro")), overview, summary, stepTitle, content, saved,
                navigation(content));
    }

    /** The task list: each step, a link to it, and its state (built once; the states change in place). */
    private void buildOverview() {
        states.clear();
        OrderedList list = new OrderedList();
        list.getStyle().set("padding-inline-start", "0").set("list-style", "none").set("margin", "0");
        for (WizardStep each : WizardStep.values()) {
            RouterLink link = new RouterLink(getTranslation(each.titleKey()), DraftWizardView.class,
                    session.step(each));
            link.setId(each.linkId());
            if (each == step) {
                link.getElement().setAttribute("aria-current", "step");
                link.getStyle().set("font-weight", "600");
            }
            Span state = new Span();
            state.setId("state-" + each.segment());
            states.put(each, state);
            ListItem item = new ListItem(link, state);
            item.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("justify-content", "space-between")
                    .set("gap", "var(--lumo-space-s)").set("padding", "var(--lumo-space-xs) 0")
                    .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            list.add(item);
        }
        overview.removeAll();
        overview.add(list);
        overview.setWidthFull();
        overview.getStyle().set("max-width", "40rem");
        showStates();
    }

    /** Each step's state as the service sees the draft now. */
    private void showStates() {
        DraftProgress progress = drafts.progress(session.user, session.draft().id());
        states.forEach((each, badge) -> state(badge, each, progress));
    }

    private void state(Span badge, WizardStep each, DraftProgress progress) {
        String key;
        String theme;
        if (each == WizardStep.CHECK) {
            key = progress.readyToSubmit() ? "wizard.state.ready" : "wizard.state.blocked";
            theme = progress.readyToSubmit() ? "badge" : "badge contrast";
        } else {
            DraftProgress.State state = switch (each) {
                case ANSWERS -> progress.answers();
                case SELF_ASSESSMENT -> progress.selfAssessment();
                default -> progress.evidence();
            };
            key = "wizard.state." + state.name();
            theme = switch (state) {
                case COMPLETE -> "badge success";
                case IN_PROGRESS -> "badge";
                case NOT_STARTED -> "badge contrast";
            };
        }
        badge.setText(getTranslation(key));
        badge.getElement().setAttribute("theme", theme);
    }

    /** Back and Next (Next from the first step only once its answers are complete), and leaving for later. */
    private Component navigation(Component content) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);
        step.previous().ifPresent(previous -> {
            Button back = new Button(getTranslation("wizard.back"), click -> session.go(previous));
            back.setId("back");
            buttons.add(back);
        });
        step.next().ifPresent(next -> {
            Button forward = new Button(getTranslation("wizard.next"), click -> {
                if (!(content instanceof AnswersStep answers) || answers.complete()) {
                    session.go(next);
                }
            });
            forward.setId("next");
            forward.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(forward);
        });
        RouterLink later = new RouterLink(getTranslation("wizard.later"), MyApplicationsView.class);
        later.setId("save-later");
        buttons.add(later);
        return buttons;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
