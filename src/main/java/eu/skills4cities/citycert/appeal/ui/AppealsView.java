package eu.skills4cities.citycert.appeal.ui;

import eu.skills4cities.citycert.base.StatusBadge;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.skills4cities.citycert.appeal.Appeal;
import eu.skills4cities.citycert.appeal.AppealService;
import eu.skills4cities.citycert.appeal.ContestableDecision;
import eu.skills4cities.citycert.appeal.ContestedKind;
import eu.skills4cities.citycert.appeal.NewAppeal;
import eu.skills4cities.citycert.application.EvidenceDocumentPolicy;
import eu.skills4cities.citycert.application.UploadedDocument;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.HeldUploads;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The appellant's page: the decisions about their certification they may appeal (an "Appeal" button
 * while the window is open and no appeal is open against it), the form (grounds, documents), and their
 * appeals. {@code ?decision=<key>} opens the form for that decision (the application page links so).
 */
@Route("appeals")
@Menu(order = 2.5, title = "menu.appeals")
@RolesAllowed(Role.CANDIDATE_NAME)
class AppealsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AppealService appeals;
    private final EvidenceDocumentPolicy documentRules;
    private final CurrentUser user;
    private final Grid<ContestableDecision> decisions = new Grid<>();
    private final Grid<Appeal> mine = new Grid<>();
    private final Div form = new Div();

    AppealsView(AppealService appeals, EvidenceDocumentPolicy documentRules, CurrentUserProvider users) {
        this.appeals = appeals;
        this.documentRules = documentRules;
        this.user = users.require();
        decisions.setId("appeal-decisions");
        decisions.addColumn(ContestableDecision::subject).setHeader(getTranslation("appeal.decision.subject"))
                .setFlexGrow(1);
        decisions.addColumn(d -> getTranslation("appeal.kind." + d.kind().name()))
                .setHeader(getTranslation("appeal.decision.kind")).setAutoWidth(true);
        decisions.addColumn(d -> DateDisplay.dateTime(d.decidedAt(), getLocale()))
                .setHeader(getTranslation("appeal.decision.decided")).setAutoWidth(true);
        decisions.addColumn(d -> DateDisplay.dateTime(d.appealableUntil(), getLocale()))
                .setHeader(getTranslation("appeal.decision.until")).setAutoWidth(true);
        // a renderer, not a component button: a re-rendered row keeps its click (CONVENTIONS, UI)
        decisions.addColumn(LitRenderer.<ContestableDecision>of(
                        "<vaadin-button theme=\"small primary\" ?hidden=${!item.open} @click=${appeal}>"
                                + "${item.label}</vaadin-button>${item.existing}")
                        .withProperty("label", d -> getTranslation("appeal.action"))
                        .withProperty("open", appeals::appealableNow)
                        .withProperty("existing", d -> d.openAppeal() == null ? "" : d.openAppeal())
                        .withFunction("appeal", this::showForm))
                .setKey("appeal").setAutoWidth(true);
        decisions.setAllRowsVisible(true);
        mine.setId("my-appeals");
        mine.addColumn(Appeal::number).setHeader(getTranslation("appeal.number")).setAutoWidth(true);
        mine.addColumn(a -> getTranslation("appeal.kind." + a.contested().name()))
                .setHeader(getTranslation("appeal.decision.kind")).setFlexGrow(1);
        mine.addColumn(StatusBadge.renderer(a -> getTranslation("appeal.status." + a.status().name()),
                        a -> AppealBadges.tone(a.status())))
                .setHeader(getTranslation("appeal.status")).setAutoWidth(true);
        mine.addColumn(a -> DateDisplay.dateTime(a.dueAt(), getLocale())).setHeader(getTranslation("appeal.due"))
                .setAutoWidth(true);
        mine.addColumn(LitRenderer.<Appeal>of("<vaadin-button theme=\"small\" @click=${open}>${item.label}</vaadin-button>")
                        .withProperty("label", a -> getTranslation("appeal.open"))
                        .withFunction("open", a -> getUI().ifPresent(ui -> ui.navigate("appeals/" + a.id()))))
                .setKey("open").setAutoWidth(true);
        mine.setAllRowsVisible(true);
        form.setId("appeal-form");
        form.setWidthFull();
        add(new H2(getTranslation("appeal.title")), new Paragraph(getTranslation("appeal.intro")),
                new H3(getTranslation("appeal.decisions")), decisions, form, new H3(getTranslation("appeal.mine")), mine);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("decision").flatMap(key -> appeals
                .contestable(user).stream().filter(d -> d.key().equals(key)).findFirst()).ifPresent(this::showForm);
    }

    private void refresh() {
        List<ContestableDecision> contestable = appeals.contestable(user);
        decisions.setItems(contestable);
        mine.setItems(appeals.mine(user));
    }

    /** The form for one decision: grounds (required), the units contested (for units not passed) and documents. */
    void showForm(ContestableDecision decision) {
        form.removeAll();
        TextArea grounds = new TextArea(getTranslation("appeal.form.grounds"));
        grounds.setId("appeal-grounds");
        grounds.setRequiredIndicatorVisible(true);
        grounds.setMaxLength(AppealService.MAX_GROUNDS);
        grounds.setWidthFull();
        CheckboxGroup<String> units = new CheckboxGroup<>(getTranslation("appeal.units"));
        units.setId("appeal-units-choice");
        units.setHelperText(getTranslation("appeal.units.helper"));
        units.setItems(appeals.contestableUnits(user, decision.key()));
        units.setVisible(decision.kind() == ContestedKind.PARTIALLY_CERTIFIED);
        HeldUploads<UploadedDocument> uploads = new HeldUploads<>("appeal-documents", AppealService.MAX_DOCUMENTS,
                documentRules.maxDocumentBytes(), UploadedDocument::new);
        Paragraph problems = new Paragraph();
        problems.setId("appeal-problems");
        Button send = new Button(getTranslation("appeal.form.submit"), click -> {
            try {
                Appeal appeal = appeals.submit(user, new NewAppeal(decision.key(), grounds.getValue(),
                        uploads.documents(), List.copyOf(units.getSelectedItems())));
                Notification.show(getTranslation("appeal.form.sent", appeal.number(),
                        DateDisplay.dateTime(appeal.dueAt(), getLocale())))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                form.removeAll();
                refresh();
            } catch (InvalidInputException e) {
                problems.setText(String.join(" ", UiErrorHandling.sentences(e)));
                grounds.setInvalid(true);
                grounds.setErrorMessage(UiErrorHandling.text(e));
            } catch (Refusal e) {
                UiErrorHandling.show(e);
                refresh();
            }
        });
        send.setId("appeal-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(new H3(getTranslation("appeal.form.title", decision.subject())), grounds, units,
                new Paragraph(getTranslation("appeal.form.documents")), uploads.component(), problems, send);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appeal.title") + " | " + getTranslation("app.name");
    }
}
