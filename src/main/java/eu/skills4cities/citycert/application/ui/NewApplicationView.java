package eu.skills4cities.citycert.application.ui;

import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.InvalidApplicationException;
import eu.skills4cities.citycert.application.SubmitApplication;
import eu.skills4cities.citycert.application.UploadedDocument;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

/**
 * Applying for a role: choose the role, write a statement, attach one PDF, submit. The
 * service checks everything again and lists every problem; the form shows them all.
 */
@Route("applications/new")
@RolesAllowed(Role.CANDIDATE_NAME)
class NewApplicationView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    private final Select<PublishedRole> role = new Select<>();
    private final IntegerField experience = new IntegerField();
    private final Select<Integer> education = new Select<>();
    private final TextArea statement = new TextArea();
    private final Span received = new Span();
    private final Div problems = new Div();
    private UploadedDocument document;

    NewApplicationView(ApplicationService applications, FrameworkCatalogue framework, CurrentUserProvider users) {
        setMaxWidth("48rem");
        role.setId("role");
        role.setLabel(getTranslation("apply.role"));
        role.setPlaceholder(getTranslation("apply.role.placeholder"));
        role.setItems(framework.publishedRoles());
        role.setItemLabelGenerator(r -> r.sample()
                ? r.role().title() + " (" + getTranslation("apply.role.sample") + ")" : r.role().title());
        role.setWidthFull();

        experience.setId("experience");
        experience.setLabel(getTranslation("apply.experience"));
        experience.setHelperText(getTranslation("apply.experience.helper"));
        experience.setMin(0);
        experience.setMax(60);
        experience.setStepButtonsVisible(true);

        education.setId("education");
        education.setLabel(getTranslation("apply.education"));
        education.setHelperText(getTranslation("apply.education.helper"));
        education.setItems(1, 2, 3, 4, 5, 6, 7, 8);
        education.setItemLabelGenerator(level -> getTranslation("eqf." + level));
        education.setWidthFull();

        statement.setId("statement");
        statement.setLabel(getTranslation("apply.statement"));
        statement.setHelperText(getTranslation("apply.statement.helper"));
        statement.setMaxLength(4000);
        statement.setMinHeight("10rem");
        statement.setWidthFull();

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            document = new UploadedDocument(metadata.fileName(), metadata.contentType(), bytes);
            received.setText(getTranslation("apply.document.received", metadata.fileName(), String.valueOf(bytes.length)));
        })));
        upload.setId("document");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        // a hint for the browser's file chooser only: the server decides by content
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".docx", ".odt", ".txt");
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(rejected -> Notification.show(
                getTranslation("apply.document.rejected", rejected.getErrorMessage())));
        upload.addFileRemovedListener(removed -> {
            document = null;
            received.setText("");
        });
        received.setId("document-received");

        problems.setId("problems");
        problems.setVisible(false);
        problems.getStyle().set("color", "var(--lumo-error-text-color)");

        Button submit = new Button(getTranslation("apply.submit"), click -> {
            try {
                ApplicationDetails submitted = applications.submit(users.require(), new SubmitApplication(
                        role.getValue() == null ? null : role.getValue().role().code(), statement.getValue(),
                        experience.getValue(), education.getValue(), document));
                Notification.show(getTranslation("apply.submitted", submitted.number()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(current -> current.navigate(ApplicationView.class,
                        ApplicationView.parameters(submitted.id())));
            } catch (InvalidApplicationException e) {
                showProblems(e);
            }
        });
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("apply.cancel"),
                click -> getUI().ifPresent(current -> current.navigate(MyApplicationsView.class)));

        add(new H2(getTranslation("apply.title")), role, new HorizontalLayout(experience, education), statement,
                new Span(getTranslation("apply.document")), upload, received,
                new Paragraph(getTranslation("apply.document.helper", "20 MB")),
                problems, new HorizontalLayout(submit, cancel));
    }

    private UploadI18N uploadTexts() {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("apply.upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("apply.upload.drop")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("apply.upload.too-many"))
                .setFileIsTooBig(getTranslation("apply.upload.too-big", "20 MB"))
                .setIncorrectFileType(getTranslation("apply.upload.wrong-type")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("apply.upload.connecting"))
                        .setStalled(getTranslation("apply.upload.stalled"))
                        .setProcessing(getTranslation("apply.upload.processing"))
                        .setHeld(getTranslation("apply.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("apply.upload.remaining"))
                        .setUnknown(getTranslation("apply.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("apply.upload.server-unavailable"))
                        .setUnexpectedServerError(getTranslation("apply.upload.server-error"))
                        .setForbidden(getTranslation("apply.upload.forbidden"))));
        texts.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB")));
        return texts;
    }

    private void showProblems(InvalidApplicationException e) {
        problems.removeAll();
        UnorderedList list = new UnorderedList();
        e.problems().forEach(problem -> list.add(new ListItem(getTranslation(problem.key(), problem.getArguments()))));
        problems.add(new Paragraph(getTranslation("apply.problems")), list);
        problems.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apply.title") + " | " + getTranslation("app.name");
    }
}
