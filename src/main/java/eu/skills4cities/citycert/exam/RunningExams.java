package eu.skills4cities.citycert.exam;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationLabel;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The running exam sessions for certification officers, who grant extra time ({@link ExamSessions#grantExtraTime}).
 * Need to know: officers have no per-case work on a session, yet an accommodation may be asked for any sitting, so
 * they see every running session, with only what granting needs (application number, candidate, role, times,
 * extra time so far; no item, no answer), except their own: an officer who sits an exam does not see it here, and
 * the grant refuses it. Times by the server's clock (the engine's, which the session timers run on).
 */
@Service
public class RunningExams {

    public static final int MAX_PAGE_SIZE = 100;

    private final ExamSessionStore store;
    private final ApplicationService applications;

    RunningExams(ExamSessionStore store, ApplicationService applications) {
        this.store = store;
        this.applications = applications;
    }

    /**
     * One page of the running sessions, the soonest to end first.
     *
     * @throws RefusedException      (forbidden) for anybody but a certification officer
     * @throws InvalidInputException naming {@code page} or {@code size} when out of range
     */
    @Transactional(readOnly = true)
    public List<RunningExam> page(CurrentUser officer, int page, int size) {
        requireOfficer(officer);
        if (page < 0) {
            throw InvalidInputException.of("problem.exam.running.page", "page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("problem.exam.running.size", "size", MAX_PAGE_SIZE);
        }
        Instant now = now();
        List<ExamSessionStore.RunningRow> rows = store.runningPage(officer.username(), now, page * size, size);
        Map<UUID, ApplicationLabel> labels = applications.labels(rows.stream()
                .map(r -> r.session().applicationId()).toList());
        return rows.stream().map(r -> {
            ExamSession s = r.session();
            ApplicationLabel label = labels.get(s.applicationId());
            return new RunningExam(s.id(), s.applicationNumber(), label == null ? s.candidate() : label.candidateName(),
                    s.roleCode(), label == null ? s.roleCode() : label.roleTitle(), s.startedAt(), s.endsAt(),
                    Duration.between(now, s.endsAt()).toSeconds(), r.extraMinutes());
        }).toList();
    }

    /**
     * How many sessions {@link #page} pages through.
     *
     * @throws RefusedException (forbidden) for anybody but a certification officer
     */
    @Transactional(readOnly = true)
    public int count(CurrentUser officer) {
        requireOfficer(officer);
        return store.runningCount(officer.username(), now());
    }

    private static void requireOfficer(CurrentUser user) {
        if (!user.has(Role.CERTIFICATION_OFFICER)) {
            throw RefusedException.forbidden("problem.exam.extra-time.officers-only");
        }
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
