package org.mendwell.support;

import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The headings of a page as the server built it, in document order, as "h2 Aroha Ngata": what axe's heading-order
 * rule reads in the browser, for a browserless test to check that no heading skips a level below the one before.
 */
public final class Headings {

    private static final Pattern HEADING = Pattern.compile("h([1-6])");

    private Headings() {}

    /**
     * The page's root as the router built it: its outermost layout (the UI's element holds the view only as a
     * virtual child, which a walk of its children does not reach).
     */
    public static Element page() {
        var chain = com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.getLast().getElement();
    }

    /** Every heading under the element, in document order, as its tag and text. */
    public static List<String> of(Element root) {
        List<String> headings = new ArrayList<>();
        collect(root, headings);
        return headings;
    }

    /** The headings that come more than one level below the heading before them ("h2 … then h4 …"). */
    public static List<String> skippingALevel(Element root) {
        List<String> skipping = new ArrayList<>();
        String before = null;
        for (String heading : of(root)) {
            if (before != null && level(heading) > level(before) + 1) {
                skipping.add(before + " then " + heading);
            }
            before = heading;
        }
        return skipping;
    }

    private static int level(String heading) {
        return heading.charAt(1) - '0';
    }

    private static void collect(Element element, List<String> headings) {
        if (element.isTextNode()) {
            return;
        }
        if (HEADING.matcher(element.getTag()).matches()) {
            headings.add(element.getTag() + " " + element.getTextRecursively());
        }
        element.getChildren().forEach(child -> collect(child, headings));
    }
}
