package eu.skills4cities.citycert.base;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The upload of a YAML file to import (a framework, an item bank), and the list of the file's
 * problems, each with its line and path, when the import refuses it ({@link #refused}).
 */
public class YamlImportSection extends VerticalLayout {

    private final Div problems = new Div();

    /**
     * @param uploadId the upload's id
     * @param importer called on the UI thread with the file's name and bytes
     */
    public YamlImportSection(String title, String help, String uploadId, BiConsumer<String, byte[]> importer) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() ->
                importer.accept(metadata.fileName(), bytes))));
        upload.setId(uploadId);
        upload.setAcceptedFileTypes(".yaml", ".yml", "application/yaml", "text/yaml");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(2 * 1024 * 1024);
        upload.setI18n(UploadTexts.of(this, 2 * 1024 * 1024));
        problems.setId("import-problems");
        problems.setVisible(false);
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new H3(title), new Paragraph(help), upload, problems);
        setPadding(false);
    }

    /** Hides the problems of an earlier file. */
    public void imported() {
        problems.setVisible(false);
    }

    /** Lists the file's problems under the summary (a message key given the number of problems). */
    public void refused(InvalidInputException e, String summaryKey) {
        problems.removeAll();
        UnorderedList list = new UnorderedList();
        for (LocatedProblem problem : e.located()) {
            String where = problem.line() == null ? problem.path()
                    : getTranslation("frameworks.problem.line", String.valueOf(problem.line()), problem.path());
            String message = getTranslation(problem.message().key(), problem.message().getArguments());
            list.add(new ListItem(where.isBlank() ? message : where + ": " + message));
        }
        problems.add(new Paragraph(getTranslation(summaryKey, String.valueOf(e.problems().size()))), list);
        problems.setVisible(true);
    }
}
