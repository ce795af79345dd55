package org.mendwell.support;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import java.util.List;
import java.util.Objects;

/**
 * Which elements the server asked the browser to focus since the last look, in browserless view tests.
 * Reading them uses them up, so a test reads once after the action it checks (and once before, to
 * forget the focus a navigation moved). The Chromium test KeyboardJourneyIT checks the same in a browser.
 */
public final class FocusMoves {

    private FocusMoves() {}

    public static List<Element> since() {
        var internals = UI.getCurrent().getInternals();
        // Scripts for an element are queued just before the response: as the response to the action would.
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations().stream()
                .filter(invocation -> invocation.getInvocation().getExpression().contains("focus"))
                .map(PendingJavaScriptInvocation::getOwner)
                .map(StateNode.class::cast)
                .map(FocusMoves::elementOf)
                .filter(Objects::nonNull)
                .toList();
    }

    /** Forgets the focus moves so far (a navigation focuses the view's heading). */
    public static void forget() {
        since();
    }

    private static Element elementOf(StateNode node) {
        return Element.get(node);
    }
}
