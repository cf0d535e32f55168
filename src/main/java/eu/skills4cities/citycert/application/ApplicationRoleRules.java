package eu.skills4cities.citycert.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The rules on who may apply for a role, one place for the one-step application, the draft and the
 * wizard's submission: one open application per role, one certification per person and role, and
 * the one exception, a recertification of the candidate's own role certificate (issue 14).
 */
@Component
class ApplicationRoleRules {

    private final ApplicationRepository applications;
    /** The certificate module's answer to what a candidate holds; none in a context without it. */
    private final ObjectProvider<HeldCertificates> held;

    ApplicationRoleRules(ApplicationRepository applications, ObjectProvider<HeldCertificates> held) {
        this.applications = applications;
        this.held = held;
    }

    /**
     * Adds the problems of applying for the role (an open application; a certificate held for it, unless
     * the application recertifies that very certificate; a certificate that is not the candidate's to
     * recertify, or is for another role) and answers the id of the role certificate recertified, or null
     * for a first application.
     *
     * @param recertificationOf the number of the role certificate to recertify, or null
     */
    UUID check(CurrentUser candidate, String roleCode, String recertificationOf, List<UserMessage> problems) {
        applications.findByCandidateUsernameOrderByCreatedAtDesc(candidate.username()).stream()
                .filter(a -> a.roleCode().equals(roleCode) && !a.status().closed()).findFirst()
                .ifPresent(open -> problems.add(UserMessage.of("problem.role.open", open.number())));
        if (recertificationOf == null || recertificationOf.isBlank()) {
            heldRoleProblem(candidate, roleCode).ifPresent(problems::add);
            return null;
        }
        var certificate = holdings().recertifiable(candidate.username(), recertificationOf).orElse(null);
        if (certificate == null) {
            problems.add(UserMessage.of("problem.recertification.unknown", recertificationOf.strip()));
            return null;
        }
        if (!certificate.roleCode().equals(roleCode)) {
            problems.add(UserMessage.of("problem.recertification.role", certificate.number()));
            return null;
        }
        return certificate.id();
    }

    /**
     * The problem of submitting a draft: for a first application, a certificate for the role held since
     * the draft was started; for a recertification, a certificate no longer the candidate's to recertify.
     */
    Optional<UserMessage> submissionProblem(CurrentUser candidate, String roleCode, UUID recertificationOf) {
        if (recertificationOf == null) {
            return heldRoleProblem(candidate, roleCode);
        }
        var named = holdings().roleCertificate(recertificationOf);
        return named.flatMap(c -> holdings().recertifiable(candidate.username(), c.number())).isPresent()
                ? Optional.empty()
                : Optional.of(UserMessage.of("problem.recertification.unknown", named.map(c -> c.number()).orElse("")));
    }

    /**
     * The refusal for a role the candidate holds a current certificate for: one certification per person
     * and role, kept current by renewal or recertification rather than a new application.
     */
    private Optional<UserMessage> heldRoleProblem(CurrentUser candidate, String roleCode) {
        return holdings().currentFor(candidate.username(), roleCode)
                .map(h -> UserMessage.of("problem.role.held", h.number(), h.validUntil().toString()));
    }

    HeldCertificates holdings() {
        return held.getIfAvailable(() -> HeldCertificates.NONE);
    }
}
