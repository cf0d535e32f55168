package eu.skills4cities.citycert.complaint.ui;

import eu.skills4cities.citycert.base.PublicLayout;
import java.util.Optional;

import eu.skills4cities.citycert.application.EvidenceDocumentPolicy;
import eu.skills4cities.citycert.application.UploadedDocument;
import eu.skills4cities.citycert.base.HeldUploads;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.complaint.ComplaintIntake;
import eu.skills4cities.citycert.complaint.ComplaintProperties;
import eu.skills4cities.citycert.complaint.ComplaintRateLimiter;
import eu.skills4cities.citycert.complaint.ComplaintSubject;
import eu.skills4cities.citycert.complaint.NewComplaint;
import eu.skills4cities.citycert.complaint.SubmittedComplaint;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public complaint form, for anyone, signed in or not: name and address (a signed-in person's
 * come from their account), whom it is about (a certified person by certificate number, or the
 * body), a description and documents. Without an account a link is mailed to confirm the address;
 * signed in, the complaint counts at once. Every send counts against the visitor's address.
 */
@Route(value = "complaints/new", layout = PublicLayout.class)
@AnonymousAllowed
class ComplaintFormView extends VerticalLayout implements HasDynamicTitle {

    private final ComplaintIntake intake;
    private final ComplaintRateLimiter limiter;
    private final Optional<CurrentUser> complainant;
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final RadioButtonGroup<ComplaintSubject> subject = new RadioButtonGroup<>();
    private final TextField certificate = new TextField();
    private final TextArea description = new TextArea();
    private final HeldUploads<UploadedDocument> documents;
    private final Div problems = new Div();
    private final Div result = new Div();

    ComplaintFormView(ComplaintIntake intake, ComplaintRateLimiter limiter, ComplaintProperties properties,
                      EvidenceDocumentPolicy documentRules, CurrentUserProvider users) {
        this.intake = intake;
        this.limiter = limiter;
        this.complainant = users.find();
        this.documents = new HeldUploads<>("complaint-documents", properties.maxDocuments(),
                documentRules.maxDocumentBytes(), UploadedDocument::new);
        setMaxWidth("48rem");
        getStyle().set("margin", "0 auto");
        name.setId("complaint-name");
        name.setLabel(getTranslation("complaint-form.name"));
        name.setWidthFull();
        email.setId("complaint-email");
        email.setLabel(getTranslation("complaint-form.email"));
        email.setHelperText(getTranslation("complaint-form.email.helper"));
        email.setWidthFull();
        complainant.ifPresent(user -> {
            name.setVisible(false);
            email.setVisible(false);
        });
        subject.setId("complaint-subject");
        subject.setLabel(getTranslation("complaint-form.subject"));
        subject.setItems(ComplaintSubject.values());
        subject.setItemLabelGenerator(item -> getTranslation("complaint-form.subject." + item));
        subject.addValueChangeListener(change -> certificate.setVisible(change.getValue() != ComplaintSubject.BODY));
        certificate.setId("complaint-certificate");
        certificate.setLabel(getTranslation("complaint-form.certificate"));
        certificate.setHelperText(getTranslation("complaint-form.certificate.helper"));
        description.setId("complaint-description");
        description.setLabel(getTranslation("complaint-form.description"));
        description.setMaxLength(properties.maxDescription());
        description.setWidthFull();
        problems.setId("complaint-problems");
        result.setId("complaint-result");
        Button send = new Button(getTranslation("complaint-form.send"), click -> send());
        send.setId("complaint-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("complaint-form.title")), new Paragraph(getTranslation(complainant.isPresent()
                        ? "complaint-form.intro.signed-in" : "complaint-form.intro")),
                result, name, email, subject, certificate, description,
                new Paragraph(getTranslation("complaint-form.documents")), documents.component(), problems, send);
    }

    private void send() {
        problems.removeAll();
        try {
            VaadinRequest request = VaadinRequest.getCurrent();
            limiter.require(request == null ? null : request.getRemoteAddr());
            SubmittedComplaint submitted = intake.submit(complainant.orElse(null), new NewComplaint(name.getValue(),
                    email.getValue(), subject.getValue(), certificate.getValue(), description.getValue(),
                    documents.documents()));
            result.removeAll();
            Paragraph done = new Paragraph(submitted.number() == null ? getTranslation("complaint-form.check-mail")
                    : getTranslation("complaint-form.received", submitted.number()));
            done.setId("complaint-sent");
            result.add(done);
            description.clear();
            certificate.clear();
            documents.clear();
        } catch (InvalidInputException invalid) {
            UnorderedList list = new UnorderedList();
            UiErrorHandling.sentences(invalid).forEach(sentence -> list.add(new ListItem(sentence)));
            problems.add(list);
        } catch (Refusal refusal) {
            problems.add(new Paragraph(UiErrorHandling.text(refusal)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint-form.title") + " | " + getTranslation("app.name");
    }
}
