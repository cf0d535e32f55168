package eu.skills4cities.citycert.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationAccess;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.EvidenceDocuments;
import eu.skills4cities.citycert.appeal.AppealPanel;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case record of one application: who did what, when and why, in time order, gathered by
 * {@link CaseRecordSources} from CityCert's records and the engine's history. Who sees what:
 * <ul>
 *   <li>auditors and administrators: all of it, for every submitted application;</li>
 *   <li>a reviewer, assessor or officer who may read the application through their work on it
 *       ({@link ApplicationAccess}): their own part only: what they did, the entries of the
 *       tasks they held or completed, their own comments and the documents they opened;</li>
 *   <li>a member of the appeals panel, for an application with an appeal they may work on (they took
 *       no part in the contested decision): all of it but the document reads, to investigate;</li>
 *   <li>anybody else, the candidate included, and for a draft or an unknown id: the same
 *       "not found" as {@link ApplicationAccess} gives.</li>
 * </ul>
 */
@Service
public class CaseRecord {

    private final ApplicationAccess access;
    private final ApplicationService applications;
    private final EvidenceDocuments documents;
    private final CaseRecordSources sources;
    private final AppealPanel appeals;

    CaseRecord(ApplicationAccess access, ApplicationService applications, EvidenceDocuments documents,
               CaseRecordSources sources, AppealPanel appeals) {
        this.appeals = appeals;
        this.access = access;
        this.applications = applications;
        this.documents = documents;
        this.sources = sources;
    }

    /**
     * The record as the user may see it.
     *
     * @throws NotFoundException when the user may not see it, or there is no such submitted application
     */
    @Transactional(readOnly = true)
    public ApplicationCaseRecord of(CurrentUser user, UUID applicationId) {
        if (applicationId != null && !ApplicationAccess.audits(user) && appeals.worksOnApplication(user, applicationId)) {
            return sources.gather(applicationId, List.of(), user.username());
        }
        if (applicationId == null || !access.mayRead(user, applicationId)) {
            throw notFound();
        }
        if (ApplicationAccess.audits(user)) {
            return sources.gather(applicationId, documents.documentReads(user, applicationId), user.username());
        }
        boolean staff = user.roles().stream().anyMatch(Role.TASK_WORKERS::contains);
        if (!staff || applications.details(applicationId).candidateUsername().equals(user.username())) {
            throw notFound();
        }
        ApplicationCaseRecord whole = sources.gather(applicationId, documents.documentReadsBy(user, applicationId),
                user.username());
        return new ApplicationCaseRecord(whole.header(), ownPart(whole.entries(), user.username()), false,
                user.username());
    }

    /** The entries a staff member sees: theirs, and those of the tasks they held, but not others' comments or mails. */
    static List<CaseRecordEntry> ownPart(List<CaseRecordEntry> entries, String username) {
        Set<String> held = new HashSet<>();
        for (CaseRecordEntry entry : entries) {
            boolean theirs = username.equals(entry.actor()) || username.equals(entry.facts().get("assignee"))
                    || username.equals(entry.facts().get("to"));
            if (entry.taskId() != null && theirs && switch (entry.kind()) {
                case TASK_CLAIMED, TASK_HANDED_OVER, TASK_COMPLETED, DECISION, UNIT_REVIEWED, UNIT_ASSESSED -> true;
                default -> false;
            }) {
                held.add(entry.taskId());
            }
        }
        return entries.stream().filter(entry -> switch (entry.kind()) {
            case COMMENT, DOCUMENT_READ, ENGINE_OPERATION -> username.equals(entry.actor());
            case MAIL, CASE_FILE_EXPORTED -> false;
            default -> username.equals(entry.actor()) || (entry.taskId() != null && held.contains(entry.taskId()));
        }).toList();
    }

    private static NotFoundException notFound() {
        return NotFoundException.of("application.not-found");
    }
}
