package eu.skills4cities.citycert.exam;

/**
 * Where a version of an item stands: a draft its author edits, submitted for approval, approved
 * (it never changes again, and exams may draw it), retired (no exam draws it any more).
 */
public enum ItemStatus {
    DRAFT, SUBMITTED, APPROVED, RETIRED
}
