package eu.skills4cities.citycert.certificate.renewal.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.HeldUploads;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.certificate.renewal.Renewal;
import eu.skills4cities.citycert.certificate.renewal.RenewalTerms;
import eu.skills4cities.citycert.certificate.renewal.Renewals;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The holder's renewal of one certificate (from My certificates): what the scheme asks, the latest
 * renewal and its outcome, and the form: CPD activities added and removed, the units each keeps current,
 * documents, the declaration of continued practice, totals against what is required. A request for more
 * is answered here too. The service decides; this page only offers and explains.
 */
@Route("certificates/:number/renewal")
@RolesAllowed(Role.CANDIDATE_NAME)
class RenewalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Renewals renewals;
    private final CurrentUser holder;
    private final Clock clock;
    private final List<ActivityRow> rows = new ArrayList<>();
    private final Div activities = new Div();
    private final Paragraph totals = new Paragraph();
    private final Paragraph problems = new Paragraph();
    private RenewalTerms terms;
    private String number;

    RenewalView(Renewals renewals, CurrentUserProvider users, Clock clock) {
        this.renewals = renewals;
        this.holder = users.require();
        this.clock = clock;
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        render();
    }

    private void render() {
        removeAll();
        rows.clear();
        activities.removeAll();
        add(new H2(getTranslation("renewal.title", number)));
        Optional<Renewal> latest;
        try {
            terms = renewals.terms(holder, number);
            latest = renewals.latest(holder, number);
        } catch (NotFoundException e) {
            Paragraph none = new Paragraph(getTranslation("certificate.not-found"));
            none.setId("renewal-not-found");
            add(none);
            return;
        }
        Paragraph asks = new Paragraph(getTranslation("renewal.asks", String.valueOf(terms.requiredHours()),
                String.valueOf(terms.requiredUnits()), DateDisplay.date(terms.opensOn(), getLocale())));
        asks.setId("renewal-asks");
        add(asks);
        latest.ifPresent(this::latest);
        boolean open = latest.map(r -> r.status().open()).orElse(false);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (open) {
            return;
        }
        if (terms.recertificationDue()) {
            add(note("renewal-recertify", getTranslation("renewal.recertify",
                    DateDisplay.date(terms.recertifyBy(), getLocale()))));
            Anchor recertify = new Anchor(ApplicationLinks.recertify(number), getTranslation("certificates.recertify"));
            recertify.setId("renewal-recertify-link");
            add(recertify);
        } else if (!terms.open(today)) {
            add(note("renewal-not-open", getTranslation("renewal.not-open",
                    DateDisplay.date(terms.opensOn(), getLocale()))));
        } else {
            form();
        }
    }

    private void latest(Renewal renewal) {
        add(new H3(getTranslation("renewal.latest")));
        add(note("renewal-status", getTranslation("renewal.status." + renewal.status().name(),
                DateDisplay.dateTime(renewal.submittedAt(), getLocale()),
                renewal.reason() == null ? "" : renewal.reason(),
                renewal.successorNumber() == null ? "" : renewal.successorNumber())));
        if (renewal.successorNumber() != null) {
            Anchor successor = new Anchor("verify/" + renewal.successorNumber(),
                    getTranslation("renewal.successor", renewal.successorNumber()));
            successor.setId("renewal-successor");
            add(successor);
        }
        add(new RenewalSummary(renewal, "renewal-activities"));
        renewal.openRequest().ifPresent(request -> answerForm());
    }

    private void answerForm() {
        TextArea answer = new TextArea(getTranslation("renewal.answer"));
        answer.setId("renewal-answer");
        answer.setMaxLength(Renewals.MAX_TEXT);
        answer.setWidthFull();
        HeldUploads<Renewals.NewDocument> upload = new HeldUploads<>("renewal-answer-documents", Renewals.MAX_DOCUMENTS,
                (int) Renewals.MAX_DOCUMENT_BYTES, Renewals.NewDocument::new);
        Button send = new Button(getTranslation("renewal.answer.send"), click -> act(
                () -> renewals.answer(holder, number, answer.getValue(), upload.documents()), "renewal.answer.sent",
                problem -> {
                    answer.setErrorMessage(UiErrorHandling.text(problem));
                    answer.setInvalid(true);
                }));
        send.setId("renewal-answer-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(answer, upload.component(), send);
    }

    private void form() {
        add(new H3(getTranslation("renewal.form")));
        activities.setId("renewal-form-activities");
        Button addActivity = new Button(getTranslation("renewal.activity.add"), click -> addRow());
        addActivity.setId("renewal-add-activity");
        HeldUploads<Renewals.NewDocument> upload = new HeldUploads<>("renewal-documents", Renewals.MAX_DOCUMENTS,
                (int) Renewals.MAX_DOCUMENT_BYTES, Renewals.NewDocument::new);
        Checkbox declaration = new Checkbox(getTranslation("renewal.declaration"));
        declaration.setId("renewal-declaration");
        totals.setId("renewal-totals");
        problems.setId("renewal-problems");
        problems.addClassName("error");
        problems.setVisible(false);
        Button submit = new Button(getTranslation("renewal.submit"), click -> act(
                () -> renewals.submit(holder, number, new Renewals.Submission(rows.stream().map(ActivityRow::activity)
                        .toList(), declaration.getValue()), upload.documents()), "renewal.submitted",
                problem -> {
                    problems.setText(String.join(" ", UiErrorHandling.sentences(problem)));
                    problems.setVisible(true);
                }));
        submit.setId("renewal-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(activities, addActivity, totals, new Paragraph(getTranslation("renewal.documents", Renewals.MAX_DOCUMENTS)),
                upload.component(), declaration, problems, submit);
        addRow();
    }

    /**
     * Runs the holder's action and says how it went: the page shows the renewal as it now stands; problems
     * with the input stay on the form, any other refusal is shown and the page read again.
     */
    private void act(Runnable action, String doneKey, java.util.function.Consumer<InvalidInputException> invalid) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        } catch (InvalidInputException e) {
            invalid.accept(e);
        } catch (Refusal e) {
            UiErrorHandling.show(e);
            render();
        }
    }

    private void addRow() {
        ActivityRow row = new ActivityRow(rows.size(), terms.units(), this::updateTotals);
        row.remove.addClickListener(click -> {
            rows.remove(row);
            activities.remove(row);
            updateTotals();
        });
        rows.add(row);
        activities.add(row);
        updateTotals();
    }

    private void updateTotals() {
        BigDecimal hours = rows.stream().map(ActivityRow::hoursOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
        long units = rows.stream().flatMap(row -> row.units.getValue().stream()).distinct().count();
        totals.setText(getTranslation("renewal.totals", hours.stripTrailingZeros().toPlainString(),
                String.valueOf(terms.requiredHours()), String.valueOf(units), String.valueOf(terms.requiredUnits())));
    }

    private static Paragraph note(String id, String text) {
        Paragraph note = new Paragraph(text);
        note.setId(id);
        return note;
    }

    /** The form's activity rows, for the Karibu test. */
    List<ActivityRow> rows() {
        return List.copyOf(rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("renewal.page-title") + " | " + getTranslation("app.name");
    }
}
