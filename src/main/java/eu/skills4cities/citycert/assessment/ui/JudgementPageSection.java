package eu.skills4cities.citycert.assessment.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.application.ApplicationPageSection;
import eu.skills4cities.citycert.assessment.AssessmentService;
import eu.skills4cities.citycert.assessment.RetakeOffer;
import eu.skills4cities.citycert.assessment.Retakes;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.assessment.UnitResult;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.security.CurrentUser;
import org.springframework.core.annotation.Order;

/**
 * The judging's part of the application page: while more evidence is requested, what the
 * reviewer asked for unit by unit; once the application is closed, the unit results; and for
 * its candidate, the retake open on it. Built for the page's UI, in its language.
 */
@org.springframework.stereotype.Component
@Order(0)
class JudgementPageSection implements ApplicationPageSection {

    private final AssessmentService assessments;
    private final Retakes retakes;
    private final FrameworkCatalogue catalogue;

    JudgementPageSection(AssessmentService assessments, Retakes retakes, FrameworkCatalogue catalogue) {
        this.assessments = assessments;
        this.retakes = retakes;
        this.catalogue = catalogue;
    }

    /** Units named by code and title, from the framework version the application is judged against. */
    private Function<String, String> unitNames(ApplicationDetails application) {
        return catalogue.role(application.frameworkVersionId(), application.roleCode())
                .<Function<String, String>>map(published -> published.role()::unitName)
                .orElse(Function.identity());
    }

    @Override
    public List<com.vaadin.flow.component.Component> components(CurrentUser user, ApplicationDetails application,
                                                                boolean evidenceRequested) {
        UI ui = UI.getCurrent();
        List<com.vaadin.flow.component.Component> shown = new ArrayList<>();
        if (evidenceRequested) {
            shown.add(unitRequests(ui, application, unitNames(application)));
        }
        var plan = assessments.plan(user, application.id());
        if (!plan.heldBecause().isEmpty()) {
            shown.add(new H3(ui.getTranslation("held.title")));
            shown.add(new Paragraph(ui.getTranslation("held.intro")));
            UnorderedList held = new UnorderedList();
            held.setId("held-units");
            plan.heldMessages("held.").forEach(m -> held.add(new ListItem(ui.getTranslation(m.key(), m.args().toArray()))));
            shown.add(held);
        }
        if (application.status().closed()) {
            var results = assessments.results(user, application.id());
            if (!results.isEmpty()) {
                shown.add(new H3(ui.getTranslation("application.units")));
                shown.add(unitResults(ui, results, unitNames(application)));
            }
        }
        if (application.candidateUsername().equals(user.username())) {
            retakes.retakeOffer(user, application.id()).ifPresentOrElse(
                    offer -> shown.add(retake(ui, user, application, offer)),
                    () -> retakes.attemptsUsedUp(user, application.id()).ifPresent(reason -> {
                        // no retake button that can only be refused: the reason instead
                        Paragraph why = new Paragraph(ui.getTranslation(reason.key(), reason.args().toArray()));
                        why.setId("retake-attempts-used");
                        shown.add(why);
                    }));
        }
        return shown;
    }

    /** What the reviewer asked for, unit by unit, in the last review. */
    private UnorderedList unitRequests(UI ui, ApplicationDetails application, Function<String, String> unitNames) {
        var reviews = assessments.reviews(application.id());
        String lastTask = reviews.isEmpty() ? null : reviews.get(reviews.size() - 1).taskId();
        UnorderedList list = new UnorderedList();
        list.setId("unit-requests");
        reviews.stream().filter(r -> r.taskId().equals(lastTask) && r.verdict() != ReviewVerdict.SUFFICIENT)
                .forEach(r -> list.add(new ListItem(ui.getTranslation("application.unit-request", unitNames.apply(r.unitCode()),
                        r.reason()))));
        return list;
    }

    private UnorderedList unitResults(UI ui, List<UnitResult> results, Function<String, String> unitNames) {
        UnorderedList list = new UnorderedList();
        list.setId("unit-results");
        for (UnitResult result : results) {
            list.add(new ListItem(ui.getTranslation(result.passed() ? "application.unit.passed" : "application.unit.failed",
                    unitNames.apply(result.unitCode()), result.score().stripTrailingZeros().toPlainString(),
                    result.passMark().stripTrailingZeros().toPlainString())));
        }
        return list;
    }

    /**
     * The offer to retake the missing units, with the declaration (true and complete, own work) a
     * submission takes, after a confirmation. Without the declaration the service refuses, and the
     * checkbox says so.
     */
    private VerticalLayout retake(UI ui, CurrentUser user, ApplicationDetails application, RetakeOffer offer) {
        String units = offer.units().stream().map(u -> u.code() + " " + u.title()).collect(Collectors.joining(", "));
        Paragraph text = new Paragraph(ui.getTranslation("application.retake.offer", units,
                DateDisplay.date(offer.until(), ui.getLocale())));
        text.setId("retake-offer");
        Checkbox declaration = new Checkbox(ui.getTranslation("wizard.declaration"));
        declaration.setId("retake-declaration");
        declaration.setRequiredIndicatorVisible(true);
        declaration.addValueChangeListener(change -> declaration.setInvalid(false));
        Button start = new Button(ui.getTranslation("application.retake"), click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(ui.getTranslation("application.retake.confirm.title"));
            confirm.setText(ui.getTranslation("application.retake.confirm.text", units));
            confirm.setCancelable(true);
            confirm.setCancelText(ui.getTranslation("action.cancel"));
            confirm.setConfirmText(ui.getTranslation("application.retake"));
            confirm.addConfirmListener(event -> {
                try {
                    ApplicationDetails retake = retakes.startRetake(user, application.id(), declaration.getValue());
                    Notification.show(ui.getTranslation("application.retake.started", retake.number()))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    ui.navigate(ApplicationLinks.page(retake.id()));
                } catch (InvalidInputException e) {
                    declaration.setErrorMessage(UiErrorHandling.text(e));
                    declaration.setInvalid(true);
                    declaration.focus();
                } catch (RefusedException e) {
                    UiErrorHandling.show(e);
                }
            });
            confirm.open();
        });
        start.setId("retake");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout section = new VerticalLayout(new H3(ui.getTranslation("application.retake.title")), text,
                declaration, start);
        section.setPadding(false);
        return section;
    }
}
