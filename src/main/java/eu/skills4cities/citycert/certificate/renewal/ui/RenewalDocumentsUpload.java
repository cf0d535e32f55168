package eu.skills4cities.citycert.certificate.renewal.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import eu.skills4cities.citycert.certificate.renewal.Renewals;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/** The renewal's documents, held in memory until the holder submits (the service checks their number and size). */
class RenewalDocumentsUpload extends Upload {

    private final List<Renewals.NewDocument> received = new ArrayList<>();

    RenewalDocumentsUpload(String id) {
        UI ui = UI.getCurrent();
        setUploadHandler(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                byte[] content;
                try (InputStream in = event.getInputStream()) {
                    content = in.readNBytes((int) Renewals.MAX_DOCUMENT_BYTES + 1);
                }
                Renewals.NewDocument document = new Renewals.NewDocument(event.getFileName(), event.getContentType(),
                        content);
                ui.access(() -> received.add(document));
            }

            @Override
            public long getFileSizeMax() {
                return Renewals.MAX_DOCUMENT_BYTES;
            }
        });
        setId(id);
        setMaxFiles(Renewals.MAX_DOCUMENTS);
        setMaxFileSize((int) Renewals.MAX_DOCUMENT_BYTES);
    }

    List<Renewals.NewDocument> documents() {
        return List.copyOf(received);
    }

    /** For tests and for a form that takes documents some other way. */
    void add(Renewals.NewDocument document) {
        received.add(document);
    }
}
