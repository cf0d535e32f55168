package eu.skills4cities.citycert.base;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * An upload field whose files are held in memory until its form is sent, as each module's own
 * document type: the appeal's, the complaint's, the renewal's and the holder's statement's
 * documents. The browser is told the limits, and at most one byte beyond the size limit is read
 * of a file sent around them, so the service that receives the documents refuses it with its
 * own clear message (the evidence rules, or the module's count and size rules).
 *
 * @param <T> the document type of the service the form sends to
 */
public final class HeldUploads<T> {

    /** Makes the module's document from what the browser sent. */
    @FunctionalInterface
    public interface DocumentOf<T> {
        T of(String fileName, String contentType, byte[] content);
    }

    private final List<T> documents = new ArrayList<>();
    private final Upload upload;

    /**
     * @param id       the component id (pages and tests find the field by it)
     * @param maxFiles how many files the service accepts with one form
     * @param maxBytes the largest file the service accepts
     * @param document makes the module's document
     */
    public HeldUploads(String id, int maxFiles, int maxBytes, DocumentOf<T> document) {
        UI ui = UI.getCurrent();
        upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                byte[] content;
                try (InputStream in = event.getInputStream()) {
                    content = in.readNBytes(maxBytes + 1);
                }
                T received = document.of(event.getFileName(), event.getContentType(), content);
                ui.access(() -> documents.add(received));
            }

            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }
        });
        upload.setId(id);
        upload.setMaxFiles(maxFiles);
        upload.setMaxFileSize(maxBytes);
        upload.setI18n(UploadTexts.of(upload, maxBytes));
    }

    public Upload component() {
        return upload;
    }

    /** The files received so far, in the order they arrived. */
    public List<T> documents() {
        return List.copyOf(documents);
    }

    /** Forgets the files, after the form was sent. */
    public void clear() {
        documents.clear();
        upload.clearFileList();
    }
}
