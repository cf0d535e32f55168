package eu.skills4cities.citycert.audit;

import java.util.ArrayList;
import java.util.List;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.security.CurrentUser;
import org.springframework.stereotype.Service;

/** The audit log's entries for auditors and administrators: filtered, newest first, a page at a time. */
@Service
public class AuditEvents {

    /** The largest page a search returns. */
    public static final int MAX_PAGE_SIZE = 500;
    private static final int MAX_FILTER_LENGTH = 100;

    private final AuditLog log;

    AuditEvents(AuditLog log) {
        this.log = log;
    }

    public List<AuditEntry> search(CurrentUser user, AuditEventFilter filter, int offset, int limit) {
        AuditAccess.require(user);
        List<UserMessage> problems = problems(filter);
        pageProblems(offset, limit, MAX_PAGE_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.audit-log.refused", problems);
        }
        return log.search(filter, offset, limit);
    }

    public long count(CurrentUser user, AuditEventFilter filter) {
        AuditAccess.require(user);
        List<UserMessage> problems = problems(filter);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.audit-log.refused", problems);
        }
        return log.count(filter);
    }

    /** Refuses a negative offset or a size outside 1 to max. */
    static void checkPage(int offset, int limit, int max) {
        List<UserMessage> problems = new ArrayList<>();
        pageProblems(offset, limit, max, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.audit-log.refused", problems);
        }
    }

    private static void pageProblems(int offset, int limit, int max, List<UserMessage> problems) {
        if (offset < 0) {
            problems.add(UserMessage.of("problem.audit-log.page"));
        }
        if (limit < 1 || limit > max) {
            problems.add(UserMessage.of("problem.audit-log.size", max));
        }
    }

    private static List<UserMessage> problems(AuditEventFilter filter) {
        List<UserMessage> problems = new ArrayList<>();
        tooLong(problems, "action", filter.action());
        tooLong(problems, "actor", filter.actor());
        tooLong(problems, "objectType", filter.objectType());
        tooLong(problems, "objectId", filter.objectId());
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            problems.add(UserMessage.of("problem.audit-log.period"));
        }
        return problems;
    }

    private static void tooLong(List<UserMessage> problems, String field, String value) {
        if (value != null && value.length() > MAX_FILTER_LENGTH) {
            problems.add(UserMessage.of("problem.audit-log.filter-length", field, MAX_FILTER_LENGTH));
        }
    }
}
