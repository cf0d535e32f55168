package eu.skills4cities.citycert.report;

/** Why an exam item's statistics suggest its authors look at it again ({@link ItemStatistic#review()}). */
public enum ItemReview {
    /** More than {@link ItemStatistic#EASY_ABOVE} of the candidates answered it right. */
    TOO_EASY,
    /** Fewer than {@link ItemStatistic#HARD_BELOW} of the candidates answered it right. */
    TOO_HARD,
    /** Its item–rest correlation is below {@link ItemStatistic#WEAK_BELOW}: it hardly separates strong from weak. */
    WEAK_SEPARATION
}
