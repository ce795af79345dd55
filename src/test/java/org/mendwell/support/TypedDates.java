package org.mendwell.support;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

/** A date typed into a picker, for browserless tests: what the browser's picker sends to the server. */
public final class TypedDates {

    private TypedDates() {}

    /**
     * Text the browser's date picker could not read, as the browser reports it: the typed text in the input and an
     * unparsable-change event (KeyboardJourneyIT types it in Chromium). An empty text is the field cleared again.
     */
    public static void typeUnreadable(DatePicker picker, String typed) {
        picker.getElement().setProperty("_inputElementValue", typed);
        picker.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(picker.getElement(), "unparsable-change", JacksonUtils.createObjectNode()));
    }
}
