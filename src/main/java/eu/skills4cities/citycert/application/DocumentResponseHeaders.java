package eu.skills4cities.citycert.application;

import org.springframework.http.HttpHeaders;

/**
 * What a browser may do with an evidence document it is sent: never guess another type
 * ({@code nosniff}), load nothing else and run nothing ({@code default-src 'none'}), and
 * be framed only by CityCert's own pages ({@code frame-ancestors 'self'}, the task view's
 * preview).
 *
 * <p>Images, text and downloads are also {@code sandbox}ed: a unique origin without script,
 * forms or plugins, so even a file that got past the upload checks cannot act for the
 * signed-in reader. PDFs are not: a sandboxed document may not run plugins, and no
 * {@code allow-*} keyword lifts that flag, so Chromium refuses to start its PDF viewer in it
 * (the viewer is a plugin) and shows a blocked page instead. For PDFs the policy keeps
 * {@code object-src 'self'} so the viewer may show the document itself, and relies on the
 * upload refusing PDFs that carry JavaScript or launch actions ({@link PdfContentInspection});
 * the browser's viewer renders the PDF in its own process, apart from CityCert's origin.
 */
final class DocumentResponseHeaders {

    static final String NOSNIFF = "nosniff";
    static final String SANDBOXED_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; "
            + "style-src 'unsafe-inline'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";
    static final String PDF_POLICY = "default-src 'none'; object-src 'self'; img-src 'self' data:; "
            + "style-src 'unsafe-inline'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    private DocumentResponseHeaders() {
    }

    /** The headers for a document of this type, shown inline or downloaded. */
    static HttpHeaders forDocument(String contentType, boolean inline) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Content-Type-Options", NOSNIFF);
        headers.set("Content-Security-Policy",
                inline && EvidenceDocumentPolicy.PDF.equals(contentType) ? PDF_POLICY : SANDBOXED_POLICY);
        return headers;
    }
}
