package eu.skills4cities.citycert.audit;

import eu.skills4cities.citycert.application.ApplicationAccess;
import eu.skills4cities.citycert.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/** Who may read the audit log, its checkpoints and its verification: auditors and administrators. */
final class AuditAccess {

    private AuditAccess() {
    }

    static void require(CurrentUser user) {
        if (!ApplicationAccess.audits(user)) {
            throw new AccessDeniedException("Only auditors and administrators read the audit log");
        }
    }
}
