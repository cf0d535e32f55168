package eu.skills4cities.citycert.certificate.verification;

import java.time.LocalDate;
import java.util.List;

import eu.skills4cities.citycert.certificate.CertificateChain;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.CertifiedUnit;
import eu.skills4cities.citycert.certificate.Succession;

/**
 * What anyone who verifies a certificate is told, and nothing more: no email address, no
 * account, no application and no evidence.
 *
 * @param role         the role's title as the certificate states it
 * @param eqfLevel     the role's EQF level, when the framework gives one
 * @param kind         a role certificate, or a unit certificate for one unit of the role
 * @param units        the units the certificate covers
 * @param issuer       the certification body that issued it
 * @param supersededBy the number of the certificate that replaced this one (also when its status says expired:
 *                     recertified after it expired); else null
 * @param supersededAs why it was replaced: renewed, recertified or its scope reduced; null when it is not
 *                     superseded or a role certificate took over a unit certificate
 * @param chain        the certification's history: the first issue and every successor, oldest first,
 *                     this certificate among them
 * @param titles       the role, unit and body names in the reader's language, each with the language it is in
 *                     ({@code role}, {@code units} and {@code issuer} above stay as recorded, in English)
 */
public record PublicCertificate(String number, CertificateStatus status, String holderName, String role,
                                Integer eqfLevel, CertificateKind kind, List<CertifiedUnit> units,
                                LocalDate issuedOn, LocalDate validUntil, String issuer, String supersededBy,
                                Succession supersededAs, List<CertificateChain.Link> chain,
                                TitlesInLanguage titles) {

    public PublicCertificate {
        units = List.copyOf(units);
        chain = List.copyOf(chain);
    }
}
