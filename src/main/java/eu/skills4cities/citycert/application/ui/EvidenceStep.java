package eu.skills4cities.citycert.application.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.skills4cities.citycert.base.MultiSelectTexts;
import eu.skills4cities.citycert.application.DocumentInfo;
import eu.skills4cities.citycert.application.NewDocument;
import eu.skills4cities.citycert.application.UploadedDocument;
import eu.skills4cities.citycert.base.UploadTexts;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.framework.ElementDefinition;
import eu.skills4cities.citycert.framework.UnitDefinition;

/**
 * Step three: the evidence portfolio. A document is uploaded with a title and mapped to the
 * elements it is evidence for, a whole unit at once (every element of it) or element by element;
 * the portfolio lists each document with its elements by code and title.
 */
class EvidenceStep extends VerticalLayout {

    private final DraftSession session;
    private final Map<String, ElementDefinition> elementsByCode;
    private UploadedDocument file;

    EvidenceStep(DraftSession session) {
        this.session = session;
        this.elementsByCode = session.elements().stream()
                .collect(Collectors.toMap(ElementDefinition::code, Function.identity()));
        setPadding(false);
        build();
    }

    /** The form, empty, and the portfolio as it is now. */
    private void build() {
        removeAll();
        file = null;
        Span received = new Span();
        received.setId("file-received");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            file = new UploadedDocument(metadata.fileName(), metadata.contentType(), bytes);
            received.setText(getTranslation("apply.document.received", metadata.fileName(), String.valueOf(bytes.length)));
        })));
        upload.setId("evidence-file");
        upload.setI18n(UploadTexts.of(this, 20L * 1024 * 1024));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".docx", ".odt", ".txt");
        upload.setWidthFull();
        TextField title = new TextField(getTranslation("wizard.document.title"));
        title.setId("document-title");
        title.setWidthFull();
        TextArea description = new TextArea(getTranslation("wizard.document.description"));
        description.setId("document-description");
        description.setWidthFull();
        MultiSelectComboBox<UnitDefinition> units = MultiSelectTexts.spoken(
                new MultiSelectComboBox<>(getTranslation("wizard.document.units")));
        units.setId("document-units");
        units.setHelperText(getTranslation("wizard.document.units.helper"));
        units.setItems(session.role.units());
        units.setItemLabelGenerator(unit -> unit.code() + " " + unit.title(getLocale()).text());
        units.setWidthFull();
        MultiSelectComboBox<ElementDefinition> elements = MultiSelectTexts.spoken(
                new MultiSelectComboBox<>(getTranslation("wizard.document.elements")));
        elements.setId("document-elements");
        elements.setItems(session.elements());
        elements.setItemLabelGenerator(e -> e.code() + " " + e.title(getLocale()).text());
        elements.setWidthFull();
        // choosing a unit chooses all its elements; leaving it out again takes them out
        units.addSelectionListener(change -> {
            Set<ElementDefinition> chosen = new HashSet<>(elements.getValue());
            change.getRemovedSelection().forEach(unit -> unit.elements().forEach(chosen::remove));
            change.getAddedSelection().forEach(unit -> chosen.addAll(unit.elements()));
            elements.setValue(chosen);
        });
        title.addValueChangeListener(change -> session.summary.fixed(title));
        elements.addValueChangeListener(change -> {
            if (!change.getValue().isEmpty()) {
                session.summary.fixed(elements);
            }
        });
        Function<UserMessage, Component> fieldOf = problem -> {
            String first = problem.args().isEmpty() ? "" : problem.args().get(0);
            if (problem.key().equals("problem.document.title") || "title".equals(first)) {
                return title;
            }
            if (problem.key().equals("problem.document.elements") || problem.key().equals("problem.element.unknown")) {
                return elements;
            }
            if (problem.key().equals("problem.note.length") || "description".equals(first)) {
                return description;
            }
            return problem.key().startsWith("problem.document") ? upload : null;
        };
        Button add = new Button(getTranslation("wizard.document.add"), click -> {
            if (session.attempt(() -> session.drafts.addDocument(session.user, session.draft().id(),
                    new NewDocument(file, title.getValue(), description.getValue(), elements.getValue().stream()
                            .map(ElementDefinition::code).collect(Collectors.toSet()))), fieldOf)) {
                session.summary.clear();
                session.reload();
                build();
            }
        });
        add.setId("add-document");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("wizard.evidence.intro")),
                new Paragraph(getTranslation("apply.document.helper", "20 MB")), upload, received, title, description,
                units, elements, add, new H3(getTranslation("wizard.portfolio")), portfolio());
    }

    private Component portfolio() {
        Grid<DocumentInfo> portfolio = new Grid<>();
        List<DocumentInfo> documents = session.draft().documents();
        if (documents.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("wizard.portfolio.empty"));
            empty.setId("portfolio-empty");
            portfolio.setId("portfolio");
            portfolio.setVisible(false);
            return new Div(empty, portfolio);
        }
        portfolio.setId("portfolio");
        portfolio.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        portfolio.addColumn(DocumentInfo::title).setKey("title").setHeader(getTranslation("wizard.document.title"))
                .setFlexGrow(1);
        portfolio.addComponentColumn(this::mapped).setKey("elements").setFlexGrow(2)
                .setHeader(getTranslation("wizard.document.elements"));
        portfolio.addComponentColumn(d -> {
            Button remove = new Button(getTranslation("wizard.document.remove"), click -> {
                if (session.attempt(() -> session.drafts.removeDocument(session.user, session.draft().id(), d.id()),
                        p -> null)) {
                    session.reload();
                    build();
                }
            });
            remove.setAriaLabel(getTranslation("wizard.document.remove-named", d.title()));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return remove;
        }).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        portfolio.setItems(documents);
        portfolio.setAllRowsVisible(true);
        return portfolio;
    }

    /** The document's elements, one a line, by code and title (the file's name under them). */
    private Component mapped(DocumentInfo document) {
        UnorderedList list = new UnorderedList();
        list.getStyle().set("margin", "0").set("padding-inline-start", "1.1em");
        for (String code : document.elementCodes()) {
            ElementDefinition element = elementsByCode.get(code);
            list.add(new ListItem(element == null ? code : code + " " + element.title(getLocale()).text()));
        }
        Span fileName = new Span(document.fileName());
        fileName.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return new Div(list, fileName);
    }
}
