package org.mendwell.shared.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.mendwell.shared.audit.AccessRefused;
import org.springframework.context.ApplicationEventPublisher;

/** Shown when a signed-in person opens a page their role may not use. It says nothing about the page. */
@AnonymousAllowed
public class AccessDeniedView extends MessagePage implements HasErrorParameter<AccessDeniedException> {

    private final ApplicationEventPublisher events;

    public AccessDeniedView(ApplicationEventPublisher events) {
        super("shared.access-denied");
        this.events = events;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        events.publishEvent(new AccessRefused(event.getLocation().getPath()));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
