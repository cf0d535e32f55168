package eu.skills4cities.citycert.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A certificate with those before and after it: the first issue, then each renewal, recertification
 * or reduction of scope, in the order they were issued (a reduction of scope to unit certificates
 * has several successors of one certificate).
 *
 * @param links oldest first; never empty
 */
public record CertificateChain(List<Link> links) {

    public CertificateChain {
        links = List.copyOf(links);
        if (links.isEmpty()) {
            throw new IllegalArgumentException("a chain has at least the certificate itself");
        }
    }

    /**
     * One certificate of the chain.
     *
     * @param predecessor the number of the certificate it succeeds; null for the first issue
     * @param succession  why it succeeds it; null for the first issue
     * @param status      its status today
     */
    public record Link(String number, String unitCode, LocalDate issuedOn, LocalDate validUntil,
                       String predecessor, Succession succession, CertificateStatus status) {
    }

    /** When the chain began: the first issue's date, from which recertification is counted. */
    public LocalDate originIssuedOn() {
        return links.get(0).issuedOn();
    }

    /** The certificates that directly succeed {@code number}. */
    public List<Link> successorsOf(String number) {
        return links.stream().filter(link -> number.equals(link.predecessor())).toList();
    }

    public Optional<Link> link(String number) {
        return links.stream().filter(link -> link.number().equals(number)).findFirst();
    }
}
