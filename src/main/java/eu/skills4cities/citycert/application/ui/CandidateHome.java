package eu.skills4cities.citycert.application.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import eu.skills4cities.citycert.application.ApplicationBadges;
import eu.skills4cities.citycert.framework.ContentTitles;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.ApplicationSummary;
import eu.skills4cities.citycert.base.StatusBadge;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.RoleHomeSection;
import eu.skills4cities.citycert.security.Role;

/**
 * The candidate's part of the start page: their latest applications, each with its state and a
 * link to continue a draft or open the application (or, before the first, where to start), their
 * certificates and their data.
 */
@org.springframework.stereotype.Component
class CandidateHome extends RoleHomeSection {

    /** How many of the latest applications the start page lists; the rest are on My applications. */
    static final int LATEST = 5;

    private final ApplicationService applications;
    private final FrameworkCatalogue framework;

    CandidateHome(CurrentUserProvider users, ApplicationService applications, FrameworkCatalogue framework) {
        super(users, Role.CANDIDATE);
        this.applications = applications;
        this.framework = framework;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component content() {
        return new Content(applications.mine(user()), framework);
    }

    private static final class Content extends Composite<VerticalLayout> {
        private final ContentTitles titles;

        Content(List<ApplicationSummary> mine, FrameworkCatalogue framework) {
            // the roles in the reader's language from each application's own version, read once for the list
            UI ui = UI.getCurrent();
            titles = framework.titles(mine.stream().map(ApplicationSummary::frameworkVersionId).toList(),
                    ui == null ? java.util.Locale.ENGLISH : ui.getLocale());
            VerticalLayout layout = getContent();
            layout.setPadding(false);
            layout.add(new Paragraph(getTranslation("home.candidate")), new H3(getTranslation("applications.title")));
            if (mine.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("home.candidate.none"));
                none.setId("home-no-applications");
                // the way in is the new application page, which shows the chosen role's rules and links the catalogue
                layout.add(none, new RouterLink(getTranslation("applications.new"), NewApplicationView.class));
            } else {
                UnorderedList latest = new UnorderedList();
                latest.setId("home-applications");
                mine.stream().limit(LATEST).forEach(application -> latest.add(item(application)));
                layout.add(latest);
            }
            Anchor myData = new Anchor("api/me/data", getTranslation("home.my-data"));
            myData.setId("my-data");
            myData.setDownload(true);
            myData.setRouterIgnore(true);
            layout.add(new Anchor("applications", getTranslation("home.go.applications")),
                    new Anchor("certificates", getTranslation("home.go.certificates")), myData);
        }

        private ListItem item(ApplicationSummary application) {
            boolean draft = application.status() == ApplicationStatus.DRAFT;
            RouterLink open = draft
                    ? new RouterLink(getTranslation("home.candidate.continue", application.number()),
                            DraftWizardView.class, ApplicationView.parameters(application.id()))
                    : new RouterLink(getTranslation("home.candidate.open", application.number()),
                            ApplicationView.class, ApplicationView.parameters(application.id()));
            StatusBadge status = new StatusBadge(getTranslation("status." + application.status().name()),
                    ApplicationBadges.tone(application.status()));
            Div line = new Div(open, new Span(" · "
                    + titles.role(application.frameworkVersionId(), application.roleCode(), application.roleTitle())
                    .text() + " "), status);
            line.getStyle().set("overflow-wrap", "anywhere");
            return new ListItem(line);
        }
    }
}
