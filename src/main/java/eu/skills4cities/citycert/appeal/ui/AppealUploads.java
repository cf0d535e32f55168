package eu.skills4cities.citycert.appeal.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.skills4cities.citycert.appeal.AppealService;
import eu.skills4cities.citycert.application.UploadedDocument;

/** The documents a person uploads with an appeal or an answer, kept in memory until they send it. */
final class AppealUploads {

    /** The most bytes read of one upload; the evidence rules refuse anything larger with a clear problem. */
    private static final int MAX_READ = 50 * 1024 * 1024;

    private final List<UploadedDocument> documents = new ArrayList<>();
    private final Upload upload;

    AppealUploads(String id) {
        UI ui = UI.getCurrent();
        upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                byte[] bytes;
                try (InputStream in = event.getInputStream()) {
                    bytes = in.readNBytes(MAX_READ);
                }
                UploadedDocument document = new UploadedDocument(event.getFileName(), event.getContentType(), bytes);
                ui.access(() -> documents.add(document));
            }
        });
        upload.setId(id);
        upload.setMaxFiles(AppealService.MAX_DOCUMENTS);
    }

    Upload component() {
        return upload;
    }

    List<UploadedDocument> documents() {
        return List.copyOf(documents);
    }
}
