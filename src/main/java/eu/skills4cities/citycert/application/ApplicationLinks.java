package eu.skills4cities.citycert.application;

import java.util.UUID;

/** Paths into the applications feature, for views and links of other features. */
public final class ApplicationLinks {

    private ApplicationLinks() {
    }

    /** The page of one application. */
    public static String page(UUID applicationId) {
        return "applications/" + applicationId;
    }

    /** Downloads a document; served by the JSON API with the same access rules as the page. */
    public static String document(UUID applicationId, UUID documentId) {
        return "api/applications/" + applicationId + "/documents/" + documentId;
    }

    /** The new-application page, set to recertify the role certificate of that number. */
    public static String recertify(String certificateNumber) {
        return "applications/new?" + RECERTIFY_PARAMETER + "="
                + java.net.URLEncoder.encode(certificateNumber, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The new-application page's query parameter naming the certificate to recertify. */
    public static final String RECERTIFY_PARAMETER = "recertify";
}
