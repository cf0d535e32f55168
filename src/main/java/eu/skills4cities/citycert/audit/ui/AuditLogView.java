package eu.skills4cities.citycert.audit.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.skills4cities.citycert.audit.AuditCheckpoint;
import eu.skills4cities.citycert.audit.AuditCheckpoints;
import eu.skills4cities.citycert.audit.AuditEntry;
import eu.skills4cities.citycert.audit.AuditEventFilter;
import eu.skills4cities.citycert.audit.AuditEvents;
import eu.skills4cities.citycert.audit.AuditVerification;
import eu.skills4cities.citycert.audit.AuditVerifier;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.LocalDatePicker;
import eu.skills4cities.citycert.base.UploadTexts;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The audit log for auditors and administrators: the verification result on top with "Verify
 * now", the check against an uploaded off-site checkpoint, the entries (newest first, lazily,
 * filtered by action, actor, object and period), and the signed checkpoints with their downloads.
 * The services check access again ({@code AuditVerifier}, {@code AuditEvents}, {@code AuditCheckpoints}).
 */
@Route("audit/log")
@Menu(order = 8, title = "menu.audit-log")
@RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    /** A checkpoint is a few kilobytes; more than this is not one. */
    static final int MAX_UPLOAD_BYTES = 64 * 1024;

    private final AuditVerifier verifier;
    private final AuditEvents events;
    private final AuditCheckpoints checkpoints;
    private final CurrentUser user;
    private final Paragraph verification = new Paragraph();
    private final Paragraph uploadResult = new Paragraph();
    private final Grid<AuditEntry> entries = new Grid<>();
    private final Grid<AuditCheckpoint> signed = new Grid<>();
    private final Span count = new Span();
    private final Paragraph noCheckpoint = new Paragraph();
    private final Anchor latest;
    private final TextField action = filterField("action", "audit-log.filter.action");
    private final TextField actor = filterField("actor", "audit-log.filter.actor");
    private final TextField objectType = filterField("object-type", "audit-log.filter.object-type");
    private final TextField objectId = filterField("object-id", "audit-log.filter.object-id");
    private final DatePicker from = new LocalDatePicker();
    private final DatePicker to = new LocalDatePicker();
    private AuditEventFilter filter = AuditEventFilter.NONE;

    AuditLogView(AuditVerifier verifier, AuditEvents events, AuditCheckpoints checkpoints, CurrentUserProvider users) {
        this.verifier = verifier;
        this.events = events;
        this.checkpoints = checkpoints;
        this.user = users.require();
        setSizeFull();
        verification.setId("audit-log-verification");
        uploadResult.setId("audit-log-upload-result");
        uploadResult.setVisible(false);
        count.setId("audit-log-count");
        Button verifyNow = new Button(getTranslation("audit-log.verify-now"), VaadinIcon.CHECK_CIRCLE.create(),
                click -> showVerification());
        verifyNow.setId("audit-log-verify");
        verifyNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        latest = new Anchor(latestDownload(), AttachmentType.DOWNLOAD, "");
        latest.add(new Button(getTranslation("audit-log.checkpoints.latest"), VaadinIcon.DOWNLOAD.create()));
        latest.setId("audit-log-latest-checkpoint");
        noCheckpoint.setId("audit-log-no-checkpoint");
        noCheckpoint.setText(getTranslation("audit-log.checkpoints.none"));

        add(new H2(getTranslation("audit-log.title")), new HorizontalLayout(verification, verifyNow), uploadForm(),
                new H3(getTranslation("audit-log.entries")), filters(), count, entriesGrid(),
                new H3(getTranslation("audit-log.checkpoints")), latest, noCheckpoint, checkpointsGrid());
        showVerification();
        refreshEntries();
        refreshCheckpoints();
    }

    private Component uploadForm() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                byte[] bytes;
                try (InputStream in = event.getInputStream()) {
                    bytes = in.readNBytes(MAX_UPLOAD_BYTES + 1);
                }
                ui.access(() -> checkAgainst(bytes));
            }

            @Override
            public long getFileSizeMax() {
                return MAX_UPLOAD_BYTES;
            }
        });
        upload.setId("audit-log-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setI18n(UploadTexts.of(this, MAX_UPLOAD_BYTES));
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("audit-log.upload.title")),
                new Paragraph(getTranslation("audit-log.upload.hint")), upload, uploadResult);
        section.setPadding(false);
        return section;
    }

    private void checkAgainst(byte[] bytes) {
        uploadResult.setVisible(true);
        try {
            String presented = bytes.length > MAX_UPLOAD_BYTES ? "" : new String(bytes, StandardCharsets.UTF_8);
            AuditVerification result = verifier.verifyAgainst(user, presented);
            uploadResult.setText(describe(result));
            uploadResult.getElement().setAttribute("data-intact", String.valueOf(result.intact()));
        } catch (InvalidInputException refused) {
            uploadResult.setText(refused.messages().stream().map(this::translate).collect(Collectors.joining(" ")));
            uploadResult.getElement().setAttribute("data-intact", "refused");
        }
    }

    private void showVerification() {
        AuditVerification result = verifier.verify(user);
        verification.setText(describe(result));
        verification.getElement().setAttribute("data-intact", String.valueOf(result.intact()));
    }

    private String describe(AuditVerification result) {
        if (result.intact()) {
            return result.headSequence() == 0 ? getTranslation("audit-log.verification.empty")
                    // sequences as text: a sequence is a name, read whole (1008), not a quantity (1,008)
                    : getTranslation("audit-log.verification.intact", String.valueOf(result.headSequence()),
                    result.checked(), result.checkpoints(),
                    result.signedSequence() == null ? "-" : String.valueOf(result.signedSequence()));
        }
        return getTranslation("audit-log.verification.broken", String.valueOf(result.brokenSequence()),
                getTranslation("audit-log.problem." + result.problem().name()), String.valueOf(result.headSequence()));
    }

    private Component filters() {
        from.setId("audit-log-filter-from");
        from.setLabel(getTranslation("audit-log.filter.from"));
        to.setId("audit-log-filter-to");
        to.setLabel(getTranslation("audit-log.filter.to"));
        from.addValueChangeListener(change -> refreshEntries());
        to.addValueChangeListener(change -> refreshEntries());
        FlexLayout bar = new FlexLayout(action, actor, objectType, objectId, from, to);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private TextField filterField(String id, String label) {
        TextField field = new TextField(getTranslation(label));
        field.setId("audit-log-filter-" + id);
        field.setClearButtonVisible(true);
        field.setMaxLength(100);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> refreshEntries());
        return field;
    }

    private Grid<AuditEntry> entriesGrid() {
        entries.setId("audit-log-entries");
        entries.addColumn(AuditEntry::sequence).setKey("sequence").setHeader(getTranslation("audit-log.column.sequence"));
        entries.addColumn(e -> date(e.occurredAt())).setKey("time").setHeader(getTranslation("audit-log.column.time"));
        entries.addColumn(AuditEntry::actor).setKey("actor").setHeader(getTranslation("audit-log.column.actor"));
        entries.addColumn(AuditEntry::action).setKey("action").setHeader(getTranslation("audit-log.column.action"));
        entries.addColumn(e -> e.objectType() + " " + e.objectId()).setKey("object")
                .setHeader(getTranslation("audit-log.column.object"));
        entries.addColumn(AuditEntry::detail).setKey("detail").setHeader(getTranslation("audit-log.column.detail"));
        entries.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        entries.setItems(page -> events.search(user, filter, page.getOffset(),
                        Math.min(page.getLimit(), AuditEvents.MAX_PAGE_SIZE)).stream(),
                page -> (int) events.count(user, filter));
        return entries;
    }

    private Grid<AuditCheckpoint> checkpointsGrid() {
        signed.setId("audit-log-checkpoints");
        signed.addColumn(AuditCheckpoint::sequence).setKey("sequence")
                .setHeader(getTranslation("audit-log.column.sequence"));
        signed.addColumn(c -> date(c.signedAt())).setKey("signedAt")
                .setHeader(getTranslation("audit-log.column.signed-at"));
        signed.addColumn(AuditCheckpoint::hash).setKey("hash").setHeader(getTranslation("audit-log.column.hash"));
        // a renderer, not a component per row: the API answers the file with the signed-in session
        signed.addColumn(LitRenderer.<AuditCheckpoint>of(
                        "<a href=\"${item.href}\" download id=\"checkpoint-${item.sequence}\">${item.label}</a>")
                        .withProperty("href", c -> "api/audit/checkpoints/" + c.sequence())
                        .withProperty("sequence", AuditCheckpoint::sequence)
                        .withProperty("label", c -> getTranslation("audit-log.download")))
                .setKey("download");
        signed.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        signed.setItems(page -> checkpoints.list(user, page.getOffset(),
                        Math.min(page.getLimit(), AuditCheckpoints.MAX_PAGE_SIZE)).stream(),
                page -> (int) checkpoints.count(user));
        return signed;
    }

    private DownloadHandler latestDownload() {
        return event -> {
            AuditCheckpoint checkpoint = checkpoints.latest(user);
            event.setFileName(checkpoint.fileName());
            event.setContentType("application/jose");
            event.getOutputStream().write(checkpoint.jws().getBytes(StandardCharsets.UTF_8));
        };
    }

    private void refreshEntries() {
        filter = new AuditEventFilter(action.getValue(), actor.getValue(), objectType.getValue(), objectId.getValue(),
                from.getValue(), to.getValue());
        try {
            count.setText(getTranslation("audit-log.count", events.count(user, filter)));
        } catch (InvalidInputException refused) {
            // e.g. a period that ends before it starts: say so, and list everything meanwhile
            count.setText(refused.messages().stream().map(this::translate).collect(Collectors.joining(" ")));
            filter = AuditEventFilter.NONE;
        }
        entries.getDataProvider().refreshAll();
    }

    private void refreshCheckpoints() {
        boolean any = checkpoints.count(user) > 0;
        signed.getDataProvider().refreshAll();
        signed.setVisible(any);
        latest.setVisible(any);
        noCheckpoint.setVisible(!any);
    }

    private String translate(UserMessage message) {
        return getTranslation(message.key(), message.args().toArray());
    }

    private String date(Instant at) {
        return DateDisplay.dateTime(at, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit-log.title") + " | " + getTranslation("app.name");
    }
}
