package org.mendwell.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;

/** An axe-core scan of the page as it is now; serious and critical violations fail the test. */
final class Accessibility {

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private Accessibility() {
    }

    static void assertNoSeriousViolations(Page page, String where) {
        // A notification fading in is measured half transparent; scan once it is fully shown.
        page.waitForFunction("() => !document.querySelector('vaadin-notification-card[opening]')");
        var results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                // Vaadin's development tools (Copilot) are present when tests run in development mode;
                // they are not part of the portal and never reach production.
                .exclude(List.of("copilot-main"))
                .exclude(List.of("vaadin-dev-tools"))
                .analyze();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .map(Accessibility::describe)
                .toList();
        assertThat(serious).as("serious or critical accessibility violations on " + where).isEmpty();
        assertThat(results.getPasses()).as("axe ran its rules on " + where).isNotEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }
}
