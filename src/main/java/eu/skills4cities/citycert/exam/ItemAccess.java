package eu.skills4cities.citycert.exam;

import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;

/**
 * Who may do what in the item bank. Items carry their correct options, so only
 * {@link Role#EXAM_ITEM_READERS} read them: candidates, reviewers and assessors never do.
 */
final class ItemAccess {

    private ItemAccess() {
    }

    static void requireReader(CurrentUser user) {
        if (!user.hasAnyOf(Role.EXAM_ITEM_READERS)) {
            throw RefusedException.forbidden("exam.refused.read");
        }
    }

    /** Writing, editing, submitting and importing: exam authors. */
    static void requireAuthor(CurrentUser user) {
        if (!user.has(Role.EXAM_AUTHOR)) {
            throw RefusedException.forbidden("exam.refused.author");
        }
    }

    /** Approving and retiring: exam authors and certification officers. */
    static void requireApprover(CurrentUser user) {
        if (!user.has(Role.EXAM_AUTHOR) && !user.has(Role.CERTIFICATION_OFFICER)) {
            throw RefusedException.forbidden("exam.refused.approver");
        }
    }

    /** Four-eyes: whoever wrote or last edited a version does not approve it. */
    static void requireSecondPerson(CurrentUser user, ExamItem item) {
        if (user.username().equals(item.createdBy()) || user.username().equals(item.updatedBy())) {
            throw RefusedException.forbidden("exam.refused.four-eyes", item.code(), item.version());
        }
    }

    static boolean mayApprove(CurrentUser user, ExamItem item) {
        return (user.has(Role.EXAM_AUTHOR) || user.has(Role.CERTIFICATION_OFFICER))
                && item.status() == ItemStatus.SUBMITTED
                && !user.username().equals(item.createdBy()) && !user.username().equals(item.updatedBy());
    }
}
