package eu.skills4cities.citycert.certificate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A certification officer withdrew one unit from a role certificate: the certificate is superseded
 * by its successors (a role certificate without the unit, or unit certificates for the units left
 * when those no longer make the role). Published by {@code register.ScopeReductions} in the
 * transaction that records the decision; the assessment module stops counting the unit as held.
 *
 * @param successors the numbers of the certificates that replace it
 */
public record CertificateScopeReduced(UUID certificateId, String number, String holder, String roleCode,
                                      String unitCode, List<String> successors, String reason, String decidedBy,
                                      Instant at) {

    public CertificateScopeReduced {
        successors = List.copyOf(successors);
    }
}
