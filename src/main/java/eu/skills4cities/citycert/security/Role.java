package eu.skills4cities.citycert.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The roles people hold in CityCert. Each maps to a Spring Security authority
 * ({@code ROLE_…}) and to a process engine group, so that candidate groups on BPMN user
 * tasks name the same people as the UI's role checks.
 */
public enum Role {
    CANDIDATE("candidates"),
    REVIEWER("reviewers"),
    ASSESSOR("assessors"),
    CERTIFICATION_OFFICER("certification-officers"),
    AUDITOR("auditors"),
    ADMIN("camunda-admin"),
    /** Decides appeals; none of its members may have taken part in the contested decision. */
    APPEALS_PANEL("appeals-panel");

    /** Constants for annotations such as {@code @RolesAllowed}, which need compile-time strings. */
    public static final String CANDIDATE_NAME = "CANDIDATE";
    public static final String REVIEWER_NAME = "REVIEWER";
    public static final String ASSESSOR_NAME = "ASSESSOR";
    public static final String CERTIFICATION_OFFICER_NAME = "CERTIFICATION_OFFICER";
    public static final String AUDITOR_NAME = "AUDITOR";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String APPEALS_PANEL_NAME = "APPEALS_PANEL";

    /*
     * The sets of roles that access rules name, each named once here. The views' @RolesAllowed must
     * spell a set out (annotations take no sets); RoleSetsTest checks that they spell one of these.
     */

    /** Who works on staff tasks (review, assessment, decision), and reads the applications those tasks open. */
    public static final Set<Role> TASK_WORKERS = setOf(REVIEWER, ASSESSOR, CERTIFICATION_OFFICER);

    /**
     * Who has a staff inbox: the task workers, and the appeals panel, whose appeal tasks it lists too
     * (an officer's complaint tasks come with their role).
     */
    public static final Set<Role> INBOX_USERS = setOf(REVIEWER, ASSESSOR, CERTIFICATION_OFFICER, APPEALS_PANEL);

    /** Who reads every submitted application and the record of document reads, without changing anything. */
    public static final Set<Role> AUDITORS = setOf(AUDITOR, ADMIN);

    /**
     * Who opens a case record: auditors and administrators all of it, a reviewer, assessor or
     * officer their own part of the applications their work opens, the appeals panel the record of an
     * application whose appeal they may work on (audit.CaseRecord decides).
     */
    public static final Set<Role> CASE_RECORD_READERS = setOf(REVIEWER, ASSESSOR, CERTIFICATION_OFFICER, AUDITOR, ADMIN,
            APPEALS_PANEL);

    /** Who reads every certificate (its PDF and credential) and the register; holders read their own. */
    public static final Set<Role> CERTIFICATE_READERS = setOf(CERTIFICATION_OFFICER, AUDITOR, ADMIN);

    /** Who reads the competence frameworks' versions; only administrators change them. */
    public static final Set<Role> FRAMEWORK_READERS = setOf(ADMIN, AUDITOR);

    /** Who reads the reports (figures, cycle times, service levels, pass rates). */
    public static final Set<Role> REPORT_READERS = setOf(CERTIFICATION_OFFICER, AUDITOR, ADMIN);

    /**
     * Who reads the assessors' consistency (pass rate and mean score per named assessor): officers,
     * who act on it, and auditors, who check it; not administrators as such, who run the system.
     */
    public static final Set<Role> ASSESSOR_CONSISTENCY_READERS = setOf(CERTIFICATION_OFFICER, AUDITOR);

    private final String engineGroupId;

    Role(String engineGroupId) {
        this.engineGroupId = engineGroupId;
    }

    /** The engine group of this role; ADMIN maps to Camunda's administrators group. */
    public String engineGroupId() {
        return engineGroupId;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromAuthority(String authority) {
        return Arrays.stream(values()).filter(role -> role.authority().equals(authority)).findFirst();
    }

    public static Optional<Role> fromEngineGroup(String groupId) {
        return Arrays.stream(values()).filter(role -> role.engineGroupId.equals(groupId)).findFirst();
    }

    private static Set<Role> setOf(Role first, Role... others) {
        return Collections.unmodifiableSet(EnumSet.of(first, others));
    }
}
