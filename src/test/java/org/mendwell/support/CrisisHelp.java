package org.mendwell.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.List;

/**
 * What every crisis help box shown after a submit must be, checked in browserless view tests: the
 * page's first element, announced (role="alert"), focusable, and scrolled into view and focused by
 * the response to the submit. The Chromium test CrisisHelpIT checks the same on a real phone screen.
 */
public final class CrisisHelp {

    private CrisisHelp() {}

    public static void assertInFront(HasElement view, Component crisis) {
        assertThat(view.getElement().getChild(0))
                .as("the first thing on the page")
                .isEqualTo(crisis.getElement());
        assertThat(crisis.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(crisis.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertHeadingRightUnderThePageTitle(crisis);
        assertThat(scripts(crisis))
                .as("scripts the response runs on the crisis help")
                .anySatisfy(
                        script -> assertThat(script).contains("scrollIntoView").contains("focus("));
    }

    /** Shown again on a later visit, the help stays where it is: it does not take focus from the page. */
    public static void assertShownWithoutTakingFocus(HasElement view, Component crisis) {
        assertThat(view.getElement().getChild(0)).isEqualTo(crisis.getElement());
        assertThat(crisis.getElement().getAttribute("role")).isEqualTo("alert");
        assertHeadingRightUnderThePageTitle(crisis);
        assertThat(scripts(crisis)).noneSatisfy(script -> assertThat(script).contains("focus("));
    }

    /** First on the page, under the layout's h1 and above the view's h2 title: its heading is an h2 (heading-order). */
    private static void assertHeadingRightUnderThePageTitle(Component crisis) {
        assertThat(crisis.getElement().getChild(0).getTag())
                .as("the crisis help's heading level")
                .isEqualTo("h2");
    }

    private static List<String> scripts(Component owner) {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(invocation ->
                        invocation.getOwner() == owner.getElement().getNode())
                .map(PendingJavaScriptInvocation::getInvocation)
                .map(invocation -> invocation.getExpression())
                .toList();
    }
}
