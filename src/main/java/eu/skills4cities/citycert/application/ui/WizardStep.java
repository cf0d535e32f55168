package eu.skills4cities.citycert.application.ui;

import java.util.Arrays;
import java.util.Optional;

/**
 * The wizard's steps in order, each with the address segment that keeps it on reload and on the
 * browser's Back ({@code applications/:id/edit/evidence}), the id of its link in the task list and
 * its title's key.
 */
enum WizardStep {
    ANSWERS("answers", "step-answers", "wizard.step.answers"),
    SELF_ASSESSMENT("self-assessment", "step-self-assessment", "wizard.step.self-assessment"),
    EVIDENCE("evidence", "step-evidence", "wizard.step.evidence"),
    CHECK("check", "step-review", "wizard.step.check");

    private final String segment;
    private final String linkId;
    private final String titleKey;

    WizardStep(String segment, String linkId, String titleKey) {
        this.segment = segment;
        this.linkId = linkId;
        this.titleKey = titleKey;
    }

    String segment() {
        return segment;
    }

    String linkId() {
        return linkId;
    }

    String titleKey() {
        return titleKey;
    }

    /** The step of an address segment; the first step when there is none or it is unknown. */
    static WizardStep of(Optional<String> segment) {
        return segment.flatMap(s -> Arrays.stream(values()).filter(step -> step.segment.equals(s)).findFirst())
                .orElse(ANSWERS);
    }

    Optional<WizardStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    Optional<WizardStep> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }
}
