package eu.skills4cities.citycert.base;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The upload component's own texts (its button, drop hint, progress and errors) from the message bundle, for every
 * upload: Vaadin's own are English.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** The texts in the view's language; {@code maxBytes} is the largest file the upload takes. */
    public static UploadI18N of(Component view, long maxBytes) {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(view.getTranslation("apply.upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(view.getTranslation("apply.upload.drop")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(view.getTranslation("apply.upload.too-many"))
                .setFileIsTooBig(view.getTranslation("apply.upload.too-big", FileSize.readable(maxBytes, view)))
                .setIncorrectFileType(view.getTranslation("apply.upload.wrong-type")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(view.getTranslation("apply.upload.connecting"))
                        .setStalled(view.getTranslation("apply.upload.stalled"))
                        .setProcessing(view.getTranslation("apply.upload.processing"))
                        .setHeld(view.getTranslation("apply.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(view.getTranslation("apply.upload.remaining"))
                        .setUnknown(view.getTranslation("apply.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(view.getTranslation("apply.upload.server-unavailable"))
                        .setUnexpectedServerError(view.getTranslation("apply.upload.server-error"))
                        .setForbidden(view.getTranslation("apply.upload.forbidden"))));
        texts.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        return texts;
    }
}
