package eu.skills4cities.citycert.application;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a person holds already: a slot the certificate module fills (it depends on this module,
 * so this module cannot ask it directly). A person holds at most one current certificate per
 * role, so applying for a role one holds is refused (issue 14, "One certification per person
 * and role").
 */
public interface HeldCertificates {

    /** A current (active or suspended) role certificate. */
    record Held(String number, LocalDate validUntil) {
    }

    /** The person's current certificate for the role, if they hold one. */
    Optional<Held> currentFor(String username, String roleCode);

    /** For a context without the certificate module (module tests): nobody holds anything. */
    HeldCertificates NONE = (username, roleCode) -> Optional.empty();
}
