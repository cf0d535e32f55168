package eu.skills4cities.citycert.complaint.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import eu.skills4cities.citycert.application.UploadedDocument;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The documents of a complaint or of the holder's response, kept in memory until the form is sent;
 * the service holds them to the evidence rules (type from the content, size, markup).
 */
class DocumentUpload {

    /** Read at most this much of one file (the evidence rules refuse more, with a clear message). */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final List<UploadedDocument> documents = new ArrayList<>();
    private final Upload upload;

    DocumentUpload(String id, int maxFiles) {
        UI ui = UI.getCurrent();
        upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                byte[] bytes;
                try (InputStream in = event.getInputStream()) {
                    bytes = in.readNBytes(MAX_BYTES + 1);
                }
                String name = event.getFileName();
                String type = event.getContentType();
                ui.access(() -> documents.add(new UploadedDocument(name, type, bytes)));
            }

            @Override
            public long getFileSizeMax() {
                return MAX_BYTES;
            }
        });
        upload.setId(id);
        upload.setMaxFiles(maxFiles);
        upload.setMaxFileSize(MAX_BYTES);
    }

    Upload component() {
        return upload;
    }

    List<UploadedDocument> documents() {
        return List.copyOf(documents);
    }

    void clear() {
        documents.clear();
        upload.clearFileList();
    }
}
