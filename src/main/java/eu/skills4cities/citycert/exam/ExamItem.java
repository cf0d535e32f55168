package eu.skills4cities.citycert.exam;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of an exam item, with its correct options: staff data (exam authors, officers,
 * auditors, administrators). An item's code is stable; each edit of an approved version is the
 * next version.
 *
 * @param sample true for the sample bank shipped with the sample framework
 */
public record ExamItem(UUID id, String code, int version, ItemStatus status, String roleCode, String unitCode,
                       String elementCode, String stem, List<ItemOption> options, String explanation,
                       Difficulty difficulty, boolean sample, Instant createdAt, String createdBy, Instant updatedAt,
                       String updatedBy, Instant submittedAt, String submittedBy, Instant approvedAt,
                       String approvedBy, Instant retiredAt, String retiredBy) {

    public ExamItem {
        options = List.copyOf(options);
    }

    /** More than one correct option: the candidate chooses all that apply. */
    public boolean multipleChoice() {
        return options.stream().filter(ItemOption::correct).count() > 1;
    }

    /** The item as an author edits it. */
    public ItemDraft draft() {
        return new ItemDraft(code, roleCode, unitCode, elementCode, stem, options, explanation, difficulty);
    }
}
