package eu.skills4cities.citycert.application.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import eu.skills4cities.citycert.application.EligibilityRules;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The first step of applying: choose the role. It starts a draft, which the wizard
 * ({@link DraftWizardView}) completes; the draft is saved as the candidate goes. Opened with
 * {@code ?recertify=<number>} (the Recertify button of My certificates) it starts a recertification
 * of that certificate, for its role.
 */
@Route("applications/new")
@RolesAllowed(Role.CANDIDATE_NAME)
class NewApplicationView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ApplicationService applications;
    private final CurrentUserProvider users;
    private final Select<PublishedRole> role = new Select<>();
    private final H2 title = new H2(getTranslation("apply.title"));
    private final Paragraph intro = new Paragraph(getTranslation("apply.intro"));
    private final Div problems = new Div();
    private final Div prerequisites = new Div();
    /** The number of the certificate recertified, or null for a first application. */
    private String recertificationOf;

    NewApplicationView(ApplicationDrafts drafts, ApplicationService applications, FrameworkCatalogue framework,
                       CurrentUserProvider users, EligibilityRules eligibility) {
        this.applications = applications;
        this.users = users;
        setMaxWidth("48rem");
        role.setId("role");
        role.setLabel(getTranslation("apply.role"));
        role.setPlaceholder(getTranslation("apply.role.placeholder"));
        role.setItems(framework.publishedRoles());
        role.setItemLabelGenerator(r -> r.sample()
                ? r.role().title(getLocale()).text() + " (" + getTranslation("apply.role.sample") + ")" : r.role().title(getLocale()).text());
        role.setWidthFull();
        prerequisites.setId("role-prerequisites");
        role.addValueChangeListener(change -> {
            role.setInvalid(false);
            showPrerequisites(eligibility, change.getValue());
        });

        problems.setId("problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        Button start = new Button(getTranslation("apply.start"), click -> {
            try {
                ApplicationDetails draft = drafts.startDraft(users.require(),
                        role.getValue() == null ? null : role.getValue().role().code(), recertificationOf);
                getUI().ifPresent(ui -> ui.navigate(DraftWizardView.class, ApplicationView.parameters(draft.id())));
            } catch (InvalidInputException e) {
                problems.removeAll();
                UiErrorHandling.sentences(e).forEach(text -> problems.add(new Paragraph(text)));
                role.setErrorMessage(String.join(" ", UiErrorHandling.sentences(e)));
                role.setInvalid(true);
            }
        });
        start.setId("start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        title.setId("apply-title");
        add(title, intro, problems, role, prerequisites, new Anchor("catalogue", getTranslation("login.catalogue")),
                start);
    }

    /** Who can apply for the chosen role, from the rules the process applies, before the candidate starts. */
    private void showPrerequisites(EligibilityRules eligibility, PublishedRole chosen) {
        prerequisites.removeAll();
        if (chosen == null) {
            return;
        }
        var rules = eligibility.prerequisites(chosen.role().code());
        prerequisites.add(new H3(getTranslation("catalogue.prerequisites")));
        if (rules.isEmpty()) {
            prerequisites.add(new Paragraph(getTranslation("catalogue.prerequisites.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        rules.forEach(rule -> list.add(new ListItem(getTranslation(rule.key(), rule.getArguments()))));
        prerequisites.add(list);
    }

    /** A recertification: the role is the certificate's, and cannot be changed. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var number = event.getLocation().getQueryParameters().getSingleParameter(ApplicationLinks.RECERTIFY_PARAMETER);
        if (number.isEmpty()) {
            return;
        }
        var certificate = applications.recertifiable(users.require(), number.get());
        if (certificate.isEmpty()) {
            UserMessage problem = UserMessage.of("problem.recertification.unknown", number.get());
            problems.add(new Paragraph(getTranslation(problem.key(), problem.args().toArray())));
            return;
        }
        recertificationOf = certificate.get().number();
        role.getListDataView().getItems().filter(r -> r.role().code().equals(certificate.get().roleCode()))
                .findFirst().ifPresent(role::setValue);
        role.setReadOnly(true);
        title.setText(getTranslation("apply.recertify.title", recertificationOf));
        intro.setText(getTranslation("apply.recertify.intro", recertificationOf));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apply.title") + " | " + getTranslation("app.name");
    }
}
