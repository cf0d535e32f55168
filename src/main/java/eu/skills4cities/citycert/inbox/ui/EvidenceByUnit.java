package eu.skills4cities.citycert.inbox.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.application.DocumentInfo;
import eu.skills4cities.citycert.application.SelfAssessment;
import eu.skills4cities.citycert.framework.ElementDefinition;
import eu.skills4cities.citycert.framework.UnitDefinition;

/**
 * What a candidate put forward for one unit: their self-assessment of each element, and the
 * documents mapped to the unit's elements, with PDFs, images and text previewed inline.
 */
final class EvidenceByUnit {

    private static final Set<String> PREVIEWED = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain");

    private final Component owner;
    private final List<DocumentInfo> documents;
    private final Map<String, SelfAssessment> ratings;
    private final Function<DocumentInfo, java.util.UUID> applicationOf;

    /**
     * @param applicationOf the application a document belongs to (a retake shows the documents of the
     *                      application it retakes)
     */
    EvidenceByUnit(Component owner, List<DocumentInfo> documents, List<SelfAssessment> ratings,
                   Function<DocumentInfo, java.util.UUID> applicationOf) {
        this.owner = owner;
        this.documents = documents;
        this.ratings = ratings.stream().collect(Collectors.toMap(SelfAssessment::elementCode, r -> r, (a, b) -> a));
        this.applicationOf = applicationOf;
    }

    /** The self-assessment and the documents for the unit. */
    VerticalLayout of(UnitDefinition unit) {
        UnorderedList elements = new UnorderedList();
        for (ElementDefinition element : unit.elements()) {
            SelfAssessment rating = ratings.get(element.code());
            String level = rating == null ? t("review.self.none") : t("self-assessment." + rating.level().name());
            String note = rating == null || rating.note() == null || rating.note().isBlank() ? "" : ": " + rating.note();
            elements.add(new ListItem(element.code() + " " + element.title(com.vaadin.flow.component.UI.getCurrent().getLocale()).text() + " – " + level + note));
        }
        Set<String> codes = unit.elements().stream().map(ElementDefinition::code).collect(Collectors.toSet());
        List<DocumentInfo> mapped = documents.stream()
                .filter(d -> d.elementCodes().stream().anyMatch(codes::contains)).toList();
        VerticalLayout section = new VerticalLayout(new Span(t("review.self-assessment")), elements,
                new Span(t("review.documents")), list(mapped, "documents-" + unit.code()));
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    /** Documents not mapped to any element: answers to requests for more evidence. */
    List<DocumentInfo> unmapped() {
        return documents.stream().filter(d -> d.elementCodes().isEmpty()).toList();
    }

    Component list(List<DocumentInfo> shown, String id) {
        if (shown.isEmpty()) {
            Paragraph none = new Paragraph(t("review.documents.none"));
            none.setId(id);
            return none;
        }
        VerticalLayout list = new VerticalLayout();
        list.setId(id);
        list.setPadding(false);
        for (DocumentInfo document : shown) {
            list.add(document(document));
        }
        return list;
    }

    private Component document(DocumentInfo document) {
        String link = ApplicationLinks.document(applicationOf.apply(document), document.id());
        Anchor download = new Anchor(link, document.title() == null ? document.fileName() : document.title());
        download.setDownload(true);
        download.setRouterIgnore(true);
        Div line = new Div(download, new Span(" (" + document.fileName() + ")"));
        if (document.description() != null && !document.description().isBlank()) {
            line.add(new Paragraph(document.description()));
        }
        if (!PREVIEWED.contains(document.contentType())) {
            return line;
        }
        String inline = link + "?inline=true";
        Component preview;
        if (document.contentType().startsWith("image/")) {
            Image image = new Image(inline, document.fileName());
            image.setMaxWidth("100%");
            preview = image;
        } else {
            IFrame frame = new IFrame(inline);
            frame.setWidth("100%");
            frame.setHeight("32rem");
            frame.getElement().setAttribute("title", document.fileName());
            preview = frame;
        }
        Details details = new Details(t("review.preview"), preview);
        details.setWidthFull();
        line.setWidthFull();
        details.addClassName("document-preview");
        line.add(details);
        return line;
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }
}
