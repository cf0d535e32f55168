package eu.skills4cities.citycert.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a person holds already: a slot the certificate module fills (it depends on this module,
 * so this module and the judging cannot ask it directly). A person holds at most one current
 * certificate per role, so applying for a role one holds is refused, except to recertify it; a
 * unit one holds is not assessed again (issue 14, "One certification per person and role",
 * "Recertification").
 */
public interface HeldCertificates {

    /** A current (active or suspended) role certificate. */
    record Held(String number, LocalDate validUntil) {
    }

    /** A current (active) unit certificate of a role, and the application it was issued for. */
    record HeldUnit(String unitCode, String number, LocalDate issuedOn, UUID application) {
    }

    /**
     * A role certificate as a recertification sees it: the units it covers, the framework version they
     * were judged against and the day its chain began (the first certificate before any successor).
     */
    record RoleCertificate(UUID id, String number, String holderUsername, String roleCode, UUID frameworkVersion,
                           LocalDate originIssuedOn, LocalDate validUntil, List<String> unitCodes) {

        public RoleCertificate {
            unitCodes = List.copyOf(unitCodes);
        }
    }

    /** The person's current certificate for the role, if they hold one. */
    Optional<Held> currentFor(String username, String roleCode);

    /**
     * The unit certificates of the role that an application of the person counts as held: their active ones
     * (not superseded, suspended, withdrawn or expired) issued for another application, and those that the
     * application's own role certificate superseded when it was issued (so the answer stays after it).
     */
    List<HeldUnit> unitsHeldFor(String username, String roleCode, UUID applicationId);

    /**
     * The person's role certificate by its number, if it may be recertified: theirs, the newest of its
     * chain (not superseded) and active or expired (not suspended or withdrawn).
     */
    Optional<RoleCertificate> recertifiable(String username, String number);

    /** A role certificate by its id, whatever its status: what a recertification application recertifies. */
    Optional<RoleCertificate> roleCertificate(UUID id);

    /** For a context without the certificate module (module tests): nobody holds anything. */
    HeldCertificates NONE = new HeldCertificates() {
        @Override
        public Optional<Held> currentFor(String username, String roleCode) {
            return Optional.empty();
        }

        @Override
        public List<HeldUnit> unitsHeldFor(String username, String roleCode, UUID applicationId) {
            return List.of();
        }

        @Override
        public Optional<RoleCertificate> recertifiable(String username, String number) {
            return Optional.empty();
        }

        @Override
        public Optional<RoleCertificate> roleCertificate(UUID id) {
            return Optional.empty();
        }
    };
}
