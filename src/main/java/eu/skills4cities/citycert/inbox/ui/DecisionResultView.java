package eu.skills4cities.citycert.inbox.ui;

import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.assessment.CertificationVerdict;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.inbox.DecisionResults;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.inbox.TaskOutcome;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What the officer's decision led to, shown to the officer who took it: the decision, and once the engine has
 * issued them the certificates, each with its number, holder and public page. Certificates are issued a moment
 * after the decision (an asynchronous step), so while none is there yet the page says so and looks again every
 * few seconds.
 */
@Route("inbox/decided/:applicationId")
@RolesAllowed(Role.CERTIFICATION_OFFICER_NAME)
class DecisionResultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MILLIS = 3000;

    private final FrameworkCatalogue framework;
    private final StaffTaskService tasks;
    private final ApplicationService applications;
    private final ObjectProvider<DecisionResults> results;
    private final CurrentUserProvider users;
    private Registration polling;
    private UUID applicationId;

    DecisionResultView(StaffTaskService tasks, ApplicationService applications,
                       ObjectProvider<DecisionResults> results, CurrentUserProvider users,
                       FrameworkCatalogue framework) {
        this.framework = framework;
        this.tasks = tasks;
        this.applications = applications;
        this.results = results;
        this.users = users;
        setMaxWidth("60rem");
    }

    static RouteParameters parameters(UUID applicationId) {
        return new RouteParameters("applicationId", applicationId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            applicationId = UUID.fromString(event.getRouteParameters().get("applicationId").orElse(""));
        } catch (IllegalArgumentException notAnId) {
            applicationId = null;
        }
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("decision.result.title")));
        CurrentUser user = users.require();
        TaskOutcome decision;
        ApplicationDetails application;
        try {
            if (applicationId == null) {
                throw eu.skills4cities.citycert.base.NotFoundException.of("decision.result.not-found");
            }
            decision = tasks.decisionBy(user, applicationId);
            application = applications.get(user, applicationId);
        } catch (Refusal e) {
            Paragraph notFound = new Paragraph(getTranslation("decision.result.not-found"));
            notFound.setId("not-found");
            add(notFound);
            stopPolling();
            return;
        }
        Paragraph recorded = new Paragraph(getTranslation("decision.result." + decision.verdict(),
                application.number(), application.candidateName(), framework.roleTitle(
                        application.frameworkVersionId(), application.roleCode(), application.roleTitle(),
                        getLocale()).text()));
        recorded.setId("decision-recorded");
        add(recorded);
        boolean certified = CertificationVerdict.CERTIFY.name().equals(decision.verdict());
        List<DecisionResults.IssuedCertificate> issued = certified
                ? results.stream().flatMap(r -> r.issuedFor(applicationId).stream()).toList() : List.of();
        if (!issued.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("issued-certificates");
            for (DecisionResults.IssuedCertificate certificate : issued) {
                Anchor link = new Anchor(certificate.path(), getTranslation(certificate.unitCode() == null
                        ? "decision.result.issued" : "decision.result.issued-unit", certificate.number(),
                        certificate.holderName(), certificate.unitCode()));
                link.setId("certificate-" + certificate.number());
                list.add(new ListItem(link));
            }
            add(list);
            stopPolling();
        } else if (certified) {
            Paragraph issuing = new Paragraph(getTranslation("decision.result.issuing"));
            issuing.setId("issuing");
            issuing.getElement().setAttribute("aria-live", "polite");
            add(issuing);
            startPolling();
        }
        Anchor back = new Anchor("inbox", getTranslation("decision.result.back"));
        back.getElement().setAttribute("router-link", true);
        back.setId("back-to-inbox");
        add(back);
    }

    private void startPolling() {
        getUI().ifPresent(ui -> {
            if (polling == null) {
                ui.setPollInterval(POLL_MILLIS);
                polling = ui.addPollListener(poll -> show());
            }
        });
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (getChildren().anyMatch(c -> c.getId().filter("issuing"::equals).isPresent())) {
            startPolling();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("decision.result.title") + " | " + getTranslation("app.name");
    }
}
