package eu.skills4cities.citycert.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Successor certificates (docs/credentials.md, "Successors"): a renewal, a recertification or a
 * reduction of scope issues a new certificate that supersedes the one before it, and the chain from
 * the first issue to the newest stays readable. Reached through {@link CertificateService}; runs in
 * its transaction.
 */
@Component
class CertificateSuccessors {

    private static final Logger log = LoggerFactory.getLogger(CertificateSuccessors.class);

    private final CertificateStore store;
    private final CertificateChainStore chains;
    private final CertificateMint mint;
    private final FrameworkCatalogue framework;
    private final CertificateProperties properties;
    private final Clock clock;

    CertificateSuccessors(CertificateStore store, CertificateChainStore chains, CertificateMint mint,
                          FrameworkCatalogue framework, CertificateProperties properties, Clock clock) {
        this.store = store;
        this.chains = chains;
        this.mint = mint;
        this.framework = framework;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Issues the certificate that succeeds {@code predecessorId} and supersedes it, in the caller's
     * transaction: a new number, PDF, credential and lifecycle process, for the same holder, role and
     * application; the predecessor's credential is revoked on its status list and its lifecycle process
     * ends (unless it is the process asking, which ends itself). Idempotent: a second call for the same
     * predecessor and scope returns the successor issued first.
     *
     * <p>Validity: a {@link Succession#RENEWAL} continues where the predecessor's ends when it is renewed
     * before it expires (else it starts today) and runs the role's validity; a
     * {@link Succession#RECERTIFICATION} starts today; a {@link Succession#SCOPE_REDUCTION} and a
     * {@link Succession#SCOPE_RESTORATION} keep the predecessor's last valid day.
     *
     * @param units the units the successor covers; null for the predecessor's
     * @throws IllegalStateException when the predecessor is superseded or withdrawn already
     */
    CertificateInfo issue(UUID predecessorId, Succession why, List<CertifiedUnit> units) {
        return issueAll(predecessorId, why, List.of(new SuccessorScope(null, null,
                units == null ? store.units(predecessorId) : units))).get(0);
    }

    /**
     * Issues several successors of one certificate (a reduction of scope that leaves unit certificates
     * where a role certificate was), each as {@link #issue} does; the predecessor names the
     * first as the one that superseded it.
     */
    List<CertificateInfo> issueAll(UUID predecessorId, Succession why, List<SuccessorScope> scopes) {
        return issueAll(predecessorId, why, scopes, false);
    }

    /**
     * A renewal reopened on an upheld appeal: its successor continues from the day after the old last valid
     * day even when the check accepts it after that day (the holder submitted in time; the refusal was wrong).
     */
    CertificateInfo issueContinuingRenewal(UUID predecessorId) {
        return issueAll(predecessorId, Succession.RENEWAL,
                List.of(new SuccessorScope(null, null, store.units(predecessorId))), true).get(0);
    }

    private List<CertificateInfo> issueAll(UUID predecessorId, Succession why, List<SuccessorScope> scopes,
                                           boolean continuing) {
        CertificateInfo predecessor = store.lockById(predecessorId)
                .orElseThrow(() -> new IllegalStateException("No certificate " + predecessorId));
        List<UUID> existing = chains.successors(predecessorId);
        if (!existing.isEmpty()) {
            return existing.stream().map(id -> store.byId(id).orElseThrow()).toList();
        }
        if (predecessor.supersededBy() != null
                || CertificateStatus.WITHDRAWN.name().equals(predecessor.recordedStatus())) {
            throw new IllegalStateException("Certificate " + predecessor.number() + " is "
                    + predecessor.status(today()) + ": it has no successor");
        }
        LocalDate issuedOn = today();
        LocalDate validUntil = successorValidUntil(predecessor, why, issuedOn, continuing);
        List<CertificateInfo> issued = new ArrayList<>();
        for (SuccessorScope scope : scopes) {
            boolean role = roleScope(why, scope);
            String unitCode = role ? null : scope.unitCode() == null ? predecessor.unitCode() : scope.unitCode();
            String unitTitle = role ? null : scope.unitCode() == null ? predecessor.unitTitle() : scope.unitTitle();
            CertificateInfo successor = new CertificateInfo(UUID.randomUUID(),
                    CertificateNumbers.next(issuedOn.getYear()), predecessor.applicationId(),
                    predecessor.holderUsername(), predecessor.holderName(), predecessor.roleCode(),
                    predecessor.roleTitle(), predecessor.eqfLevel(), predecessor.frameworkVersionId(),
                    predecessor.frameworkLabel(), issuedOn, validUntil,
                    unitCode, unitTitle,
                    CertificateStatus.ACTIVE.name(), null);
            mint.store(successor, scope.units(), predecessorId, why);
            issued.add(successor);
        }
        mint.supersede(predecessor, issued.get(0).id());
        log.info("Certificate {} superseded by {} ({})", predecessor.number(),
                issued.stream().map(CertificateInfo::number).toList(), why);
        return List.copyOf(issued);
    }

    /** A restoration gives back the role certificate, also where the reduction had left unit certificates. */
    private static boolean roleScope(Succession why, SuccessorScope scope) {
        return why == Succession.SCOPE_RESTORATION && scope.unitCode() == null;
    }

    private LocalDate successorValidUntil(CertificateInfo predecessor, Succession why, LocalDate today,
                                          boolean continuing) {
        if (why == Succession.SCOPE_REDUCTION || why == Succession.SCOPE_RESTORATION) {
            return predecessor.validUntil();
        }
        int months = Optional.ofNullable(predecessor.frameworkVersionId())
                .flatMap(version -> framework.role(version, predecessor.roleCode()))
                .map(role -> role.role().scheme().validityMonths()).orElse(properties.validityMonths());
        LocalDate from = why == Succession.RENEWAL && (continuing || !predecessor.validUntil().isBefore(today))
                ? predecessor.validUntil().plusDays(1) : today;
        return CertificateService.validUntil(from, months);
    }

    /** The certificate with those before and after it, oldest first; for anyone (what is public of it). */
    Optional<CertificateChain> chain(String number) {
        return chains.of(number, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
