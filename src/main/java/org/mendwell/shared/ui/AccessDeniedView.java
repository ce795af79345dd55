package org.mendwell.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException>, TranslatedTitle {

    private final ApplicationEventPublisher events;

    public AccessDeniedView(ApplicationEventPublisher events) {
        this.events = events;
        addClassName("mw-message-page");
        add(
                new H1(getTranslation("shared.access-denied.heading")),
                new Paragraph(getTranslation("shared.access-denied.text")),
                new Anchor("", getTranslation("shared.home-link")));
    }

    @Override
    public String titleKey() {
        return "shared.access-denied.title";
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        events.publishEvent(new AccessRefused(event.getLocation().getPath()));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
