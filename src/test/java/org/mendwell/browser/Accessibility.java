package org.mendwell.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An axe-core scan of the page as it is now; serious and critical violations fail the test. */
final class Accessibility {

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    /**
     * Best-practice rules beyond WCAG that every scan runs too, and that fail whatever their impact. heading-order
     * (moderate) was left out, so a progress figure's h4 straight under the client's h2 went unseen (issue 16).
     */
    private static final Set<String> STRUCTURE_RULES = Set.of("page-has-heading-one", "region", "heading-order");

    /**
     * True once the page has loaded and, on a Vaadin page, its client has registered and has no request out (the
     * check TestBench makes before each step). A page without Vaadin counts as idle once loaded.
     */
    static final String VAADIN_IDLE = """
            () => {
              if (document.readyState !== 'complete') return false;
              if (!window.Vaadin) return true;
              const clients = window.Vaadin.Flow && window.Vaadin.Flow.clients;
              if (!clients || Object.keys(clients).length === 0) return false;
              return Object.values(clients).every(client => !client.isActive || !client.isActive());
            }
            """;

    private static final String ANIMATIONS_DONE = """
            () => document.getAnimations().every(animation =>
                animation.playState !== 'running' || animation.effect.getComputedTiming().endTime === Infinity)
            """;

    private Accessibility() {}

    static void assertNoSeriousViolations(Page page, String where) {
        assertNone(page, where, rule -> FAILING_IMPACTS.contains(rule.getImpact()), "serious or critical");
    }

    /** Every violation fails, whatever axe thinks its impact is. */
    static void assertNoViolations(Page page, String where) {
        assertNone(page, where, rule -> true, "any");
    }

    /**
     * WCAG 2.5.3: every control's accessible name contains its visible words. Axe counts this rule experimental,
     * so a scan by tags leaves it out; it is run by name where a control's words change (a copy button).
     */
    static void assertNamesContainVisibleWords(Page page, String where) {
        page.waitForFunction(VAADIN_IDLE);
        var results =
                axe(page).withRules(List.of("label-content-name-mismatch")).analyze();
        assertThat(results.getViolations().stream()
                        .map(rule -> describe(rule, rule.getNodes()))
                        .flatMap(java.util.Optional::stream)
                        .toList())
                .as("names without their visible words on " + where)
                .isEmpty();
        assertThat(results.getPasses().size() + results.getIncomplete().size())
                .as("axe checked the names on " + where)
                .isPositive();
    }

    /**
     * An axe scan of this page, run in the page itself. axe-core-maven-html's default runs axe per frame and then
     * opens a blank page (a new browser context) to merge the frames' results; the portal's pages have no frames,
     * so the result is the same, at about a quarter of the time per scan with only violations carrying their
     * nodes (1.7 s against 0.4 s, measured on SignInJourneyIT and PhoneLayoutIT). Vaadin's development tools
     * (Copilot), present when tests run in development mode, are not part of the portal and are left out.
     */
    static AxeBuilder axe(Page page) {
        assertThat(page.frames())
                .as("a page with a frame in it: axe must run per frame (AxeBuilder without legacy mode)")
                .hasSize(1);
        return new AxeBuilder(page)
                .setLegacyMode(true)
                .exclude(List.of("copilot-main"))
                .exclude(List.of("vaadin-dev-tools"));
    }

    private static void assertNone(Page page, String where, Predicate<Rule> failing, String which) {
        // Scan the page Vaadin has finished drawing: straight after navigation the view may still be on its way
        // from the server (CI once scanned a sign-in page before its h1 arrived).
        page.waitForFunction(VAADIN_IDLE);
        // The pointer rests where the last click was: over a dialog's button that has just opened there, its hover
        // tint was measured as the button's background (the couples journey's letter release question, now and
        // then). Scan with the pointer in the page's corner, as a keyboard or screen-reader user meets it.
        page.mouse().move(0, 0);
        // Anything fading or sliding in (a notification, a dialog opening) is measured half transparent: scan once
        // every animation that ends has ended (document.getAnimations() reaches into shadow roots too).
        page.waitForFunction(ANIMATIONS_DONE);
        // One axe run for both: the WCAG rules by their tags, and three best-practice rules beyond WCAG that a
        // screen-reader user relies on: one h1 naming the page, headings that skip no level, and nothing outside a
        // landmark (banner, navigation,
        // main, ...), so that jumping by landmark reaches everything. A rule switched on by name runs whatever the
        // tags say (axe's own rule selection); each scan used to be two runs, each injecting and building axe anew.
        var structureRulesOn = new AxeRunOptions();
        structureRulesOn.setRules(STRUCTURE_RULES.stream().collect(Collectors.toMap(id -> id, id -> {
            var on = new AxeRuleOptions();
            on.setEnabled(true);
            return on;
        })));
        // Every rule still runs on every node; only the nodes of passing, incomplete and inapplicable rules are
        // left out of the answer (one example each): the scan's result crossed to Java as one large JSON document.
        structureRulesOn.setResultTypes(List.of("violations"));
        var results = axe(page)
                .options(structureRulesOn) // first: withTags adds the tags to these options
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<String> found = results.getViolations().stream()
                .filter(rule -> STRUCTURE_RULES.contains(rule.getId()) || failing.test(rule))
                // Vaadin's connection indicator is a status (AppShell), so nothing is left out of the structure rules.
                .map(rule -> describe(rule, rule.getNodes()))
                .flatMap(java.util.Optional::stream)
                .toList();
        assertThat(Stream.of(
                                results.getPasses(),
                                results.getViolations(),
                                results.getIncomplete(),
                                results.getInapplicable())
                        .flatMap(List::stream)
                        .map(Rule::getId))
                .as("axe ran the structure rules on " + where)
                .containsAll(STRUCTURE_RULES);
        assertThat(found).as(which + " accessibility violations on " + where).isEmpty();
        assertThat(results.getPasses()).as("axe ran its rules on " + where).isNotEmpty();
    }

    /**
     * The WCAG contrast ratio between two CSS colours as the browser resolved them (rgb or rgba; a
     * translucent colour is laid over the second, which must be opaque).
     */
    static double contrast(String colour, String background) {
        double[] bg = rgba(background);
        double[] fg = rgba(colour);
        double[] laid = new double[3];
        for (int i = 0; i < 3; i++) {
            laid[i] = fg[3] * fg[i] + (1 - fg[3]) * bg[i];
        }
        double a = luminance(laid);
        double b = luminance(bg);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double[] rgba(String css) {
        var m = java.util.regex.Pattern.compile("rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\)")
                .matcher(css);
        assertThat(m.find()).as("a colour in " + css).isTrue();
        return new double[] {
            Double.parseDouble(m.group(1)),
            Double.parseDouble(m.group(2)),
            Double.parseDouble(m.group(3)),
            m.group(4) == null ? 1 : Double.parseDouble(m.group(4))
        };
    }

    private static double luminance(double[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static java.util.Optional<String> describe(Rule rule, List<CheckedNode> nodes) {
        if (nodes.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + nodes.stream()
                        // What axe measured (colours and ratio for contrast), so that a failure on CI says why.
                        .map(node -> node.getTarget() + " (" + node.getFailureSummary() + ")")
                        .toList());
    }
}
