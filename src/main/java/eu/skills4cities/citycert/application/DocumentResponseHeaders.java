package eu.skills4cities.citycert.application;

import org.springframework.http.HttpHeaders;

/**
 * What a browser may do with an evidence document it is sent, inline or downloaded: never
 * guess another type ({@code nosniff}), and under a Content-Security-Policy that runs
 * nothing: {@code sandbox} (a unique origin without script, forms, popups or plugins, so a
 * file that got past the upload checks cannot act for the signed-in reader), nothing loaded
 * from anywhere ({@code default-src 'none'}; images and inline styles only for the browser's
 * own image and text viewers), and framed only by CityCert's own pages
 * ({@code frame-ancestors 'self'}: the task view's preview).
 *
 * <p>PDFs get the same policy. Older Chromium refused to start its PDF viewer (then a
 * plugin) in a sandboxed document; the current one (tried with Chromium 156: a same-origin
 * iframe and a page of its own under exactly this policy) shows the PDF. Had it not, the
 * fallback was the same policy without {@code sandbox}, relying on the upload refusing PDFs
 * with JavaScript or launch actions ({@link PdfContentInspection}).
 */
final class DocumentResponseHeaders {

    static final String NOSNIFF = "nosniff";
    static final String POLICY = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; "
            + "frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    private DocumentResponseHeaders() {
    }

    /** The headers for an evidence document, whatever its type and however it is shown. */
    static HttpHeaders forDocument() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Content-Type-Options", NOSNIFF);
        headers.set("Content-Security-Policy", POLICY);
        return headers;
    }
}
