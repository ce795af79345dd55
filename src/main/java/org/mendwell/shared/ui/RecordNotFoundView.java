package org.mendwell.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.mendwell.shared.RecordNotFoundException;

/**
 * A record that does not exist looks the same as one that belongs to someone else. Error views pass
 * Vaadin's access control like any view; this one reveals nothing, so anyone may see it.
 */
@AnonymousAllowed
public class RecordNotFoundView extends Main implements HasErrorParameter<RecordNotFoundException>, TranslatedTitle {

    public RecordNotFoundView() {
        addClassName("mw-message-page");
        add(
                new H1(getTranslation("shared.not-found.heading")),
                new Paragraph(getTranslation("shared.not-found.text")),
                new Anchor("", getTranslation("shared.home-link")));
    }

    @Override
    public String titleKey() {
        return "shared.not-found.title";
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RecordNotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
