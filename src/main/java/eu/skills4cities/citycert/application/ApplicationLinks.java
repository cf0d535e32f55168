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
}
