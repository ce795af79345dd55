package org.mendwell.shared.ui;

import com.vaadin.flow.component.Component;
import org.mendwell.shared.time.PersonalTime;

/**
 * A notice a feature puts on the client's start page (a Spring bean), so the start page shows it without depending
 * on that feature: the partner's reassurance signal lives in triggers, which itself builds on homework's pages.
 */
public interface StartPageNotice {

    /** The notice for the signed-in client, drawn in their own time; an invisible component when there is none. */
    Component notice(PersonalTime time);
}
