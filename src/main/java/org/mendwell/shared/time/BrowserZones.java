package org.mendwell.shared.time;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Remembers, for the rest of a visit, the time zone the person's browser reported on an earlier page. A page opened
 * by an address with a record's id in it is drawn while the page is sent ({@code PageNotFoundStatus}: its 404 must
 * be the response's), before the browser has said anything about itself. Without this, a clinician who has not
 * chosen a zone read that page's times on the practice's clock after a reload or from a bookmark, and the same times
 * an hour or more apart after the next click. Every visit passes through a page drawn after the browser reported
 * (the sign-in page at the least), so the zone is known by the time such a page is opened.
 */
@Component
class BrowserZones implements VaadinServiceInitListener {

    private static final String REMEMBERED = BrowserZones.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Vaadin stores what the browser reported before it tells the listeners that a page's UI has begun.
        event.getSource()
                .addUIInitListener(init -> reportedBy(init.getUI())
                        .ifPresent(zone -> init.getUI().getSession().setAttribute(REMEMBERED, zone.getId())));
    }

    /** The zone this page's browser reported, else the one an earlier page of the same visit reported. */
    static Optional<ZoneId> of(UI ui) {
        return reportedBy(ui).or(() -> remembered(ui.getSession()));
    }

    private static Optional<ZoneId> reportedBy(UI ui) {
        return ViewerTime.known(ui.getPage().getExtendedClientDetails().getTimeZoneId());
    }

    private static Optional<ZoneId> remembered(VaadinSession session) {
        if (session == null) {
            return Optional.empty();
        }
        // A download handler answers without the session's lock, and reading the session's state needs it.
        session.lock();
        try {
            return ViewerTime.known((String) session.getAttribute(REMEMBERED));
        } finally {
            session.unlock();
        }
    }
}
