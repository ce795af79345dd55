package org.mendwell.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

/**
 * What the page's script sends when it opens with words kept in the tab that differ from the server's draft
 * ({@code SavedWhileTyping.keptInTab}): the browser journeys exercise the script, browserless tests the server's
 * side of it.
 */
public final class TabCopy {

    private TabCopy() {}

    public static void putBack(Component field, String kept) {
        var data = JacksonUtils.createObjectNode();
        data.put("event.detail", kept);
        field.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(field.getElement(), "mw-put-back", data));
    }
}
