package eu.skills4cities.citycert.journey;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core's WCAG 2.1 A and AA rules, run on the page the browser shows now. A journey calls it on
 * every page it reaches (through {@link JourneyBrowser#assertAccessible}); a violation fails the
 * journey with the rule, its help text and the elements that break it.
 */
final class Accessibility {

    /** The rule sets we hold ourselves to: WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    static void assertNoViolations(WebDriver browser, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.getViolations()).as(() -> "axe-core violations on " + page + ":\n"
                + describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + "\n    " + rule.getNodes().stream().map(node -> node.getTarget() + " " + node.getFailureSummary())
                .collect(Collectors.joining("\n    "))).collect(Collectors.joining("\n"));
    }
}
