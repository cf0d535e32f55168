package eu.skills4cities.citycert.inbox;

import java.util.List;
import java.util.UUID;

/**
 * What a certification decision led to, told by the module that acts on it: the certificates issued for the
 * application so far. The inbox shows them to the officer who decided and depends on nothing of that module
 * (the certificate module implements this as a bean; without one the inbox says only that the decision is
 * recorded).
 */
public interface DecisionResults {

    /** The certificates issued for the application (its role certificate, or its unit certificates), or none yet. */
    List<IssuedCertificate> issuedFor(UUID applicationId);

    /**
     * One issued certificate.
     *
     * @param unitCode the unit of a unit certificate, or null for a role certificate
     * @param path     its public page, relative to the application's root
     */
    record IssuedCertificate(String number, String holderName, String unitCode, String path) {
    }
}
