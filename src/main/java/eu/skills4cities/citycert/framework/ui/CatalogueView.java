package eu.skills4cities.citycert.framework.ui;

import eu.skills4cities.citycert.base.ContentText;
import eu.skills4cities.citycert.base.PublicLayout;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.framework.AssessmentRoute;
import eu.skills4cities.citycert.framework.CriterionDefinition;
import eu.skills4cities.citycert.framework.ElementDefinition;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.LocalText;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.framework.SchemeSettings;
import eu.skills4cities.citycert.framework.Translated;
import eu.skills4cities.citycert.framework.UnitDefinition;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.skills4cities.citycert.framework.RolePrerequisites;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The public catalogue: every published role with its units, elements and performance
 * criteria, so that anyone can assess themselves before registering. No login. The framework's texts are shown in
 * the reader's language where the framework has them, else in English, marked.
 */
@Route(value = "catalogue", layout = PublicLayout.class)
@AnonymousAllowed
class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final RolePrerequisites prerequisites;

    CatalogueView(FrameworkCatalogue catalogue, ObjectProvider<RolePrerequisites> prerequisites) {
        this.prerequisites = prerequisites.getIfAvailable();
        setMaxWidth("64rem");
        getStyle().set("margin", "0 auto");
        add(new H1(getTranslation("catalogue.title")), new Paragraph(getTranslation("catalogue.intro")),
                new Anchor("login", getTranslation("catalogue.sign-in")));
        List<PublishedRole> roles = catalogue.publishedRoles();
        if (roles.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("catalogue.empty"));
            empty.setId("catalogue-empty");
            add(empty);
        }
        roles.forEach(role -> add(role(role)));
    }

    private Details role(PublishedRole published) {
        RoleDefinition role = published.role();
        String summary = getTranslation("catalogue.role.summary", role.title(locale()).text(),
                String.valueOf(role.eqfLevel()));
        if (published.sample()) {
            summary += " · " + getTranslation("catalogue.sample");
        }
        VerticalLayout content = new VerticalLayout(new Paragraph(description(role)), new Paragraph(scheme(role)),
                new Span(getTranslation("catalogue.version", published.frameworkCode(),
                        String.valueOf(published.versionNumber()),
                        published.versionLabel() == null ? "" : published.versionLabel())));
        content.setPadding(false);
        if (prerequisites != null) {
            content.add(prerequisites(role));
        }
        role.units().forEach(unit -> content.add(unit(unit)));
        Details details = new Details(summary, content);
        if (role.title(locale()).fallbackFor(locale())) {
            details.setSummary(new ContentText(summary, "en", true));
        } else {
            details.getSummary().getElement().setAttribute("lang", role.title(locale()).languageTag());
        }
        details.setId("role-" + role.code());
        details.setWidthFull();
        return details;
    }

    /** Who may apply, in plain words from the eligibility rules the process applies on submission. */
    private Div prerequisites(RoleDefinition role) {
        Div section = new Div(new H4(getTranslation("catalogue.prerequisites")));
        section.setId("prerequisites-" + role.code());
        List<eu.skills4cities.citycert.base.UserMessage> rules = prerequisites.prerequisites(role.code());
        if (rules.isEmpty()) {
            section.add(new Paragraph(getTranslation("catalogue.prerequisites.none")));
        } else {
            UnorderedList list = new UnorderedList();
            rules.forEach(rule -> list.add(new ListItem(getTranslation(rule.key(), rule.getArguments()))));
            section.add(list);
        }
        return section;
    }

    private String scheme(RoleDefinition role) {
        SchemeSettings scheme = role.scheme();
        String routes = scheme.routes().stream().map(r -> getTranslation("route." + r.name()))
                .collect(Collectors.joining(", "));
        return getTranslation("catalogue.scheme", routes, scheme.passMarkPercent().toPlainString(),
                String.valueOf(role.unitsRequiredForCertificate()), String.valueOf(role.units().size()),
                String.valueOf(scheme.validityMonths()), String.valueOf(scheme.recertificationYears()))
                + " " + getTranslation("catalogue.scheme-renewal", String.valueOf(scheme.cpdHoursPerCycle()),
                String.valueOf(scheme.cpdUnitsRequired()), String.valueOf(scheme.renewalWindowDays()))
                + (scheme.routes().contains(AssessmentRoute.EXAM) ? " " + getTranslation("catalogue.scheme-exam",
                String.valueOf(scheme.examItemsPerElement()), String.valueOf(scheme.examTimeLimitMinutes()),
                String.valueOf(scheme.examWindowDays()), String.valueOf(scheme.examAttempts())) : "")
                + (scheme.portfolioUnits().isEmpty() ? "" : " " + getTranslation("catalogue.scheme-portfolio-units",
                String.join(", ", scheme.portfolioUnits())));
    }

    private Details unit(UnitDefinition unit) {
        VerticalLayout content = new VerticalLayout(new Paragraph(description(unit)));
        content.setPadding(false);
        for (ElementDefinition element : unit.elements()) {
            UnorderedList criteria = new UnorderedList();
            for (CriterionDefinition criterion : element.criteria()) {
                criteria.add(new ListItem(new Span(criterion.code() + " "), text(criterion.title(locale())),
                        new Span(": "), text(criterion.description(locale()))));
            }
            content.add(new H4(new Span(element.code() + " "), text(element.title(locale()))),
                    new Paragraph(description(element)), criteria);
        }
        return new Details(new Span(new Span(unit.code() + " "), text(unit.title(locale()))), content);
    }

    private ContentText description(Translated part) {
        return text(part.description(locale()));
    }

    private ContentText text(LocalText text) {
        return new ContentText(text.text(), text.languageTag(), text.fallbackFor(locale()));
    }

    private Locale locale() {
        return getLocale();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title") + " | " + getTranslation("app.name");
    }
}
