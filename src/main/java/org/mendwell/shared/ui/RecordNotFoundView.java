package org.mendwell.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.mendwell.shared.RecordNotFoundException;

/**
 * A record that does not exist looks the same as one that belongs to someone else. Error views pass
 * Vaadin's access control like any view; this one reveals nothing, so anyone may see it.
 */
@AnonymousAllowed
@PageTitle("Not found | Mendwell")
public class RecordNotFoundView extends Main implements HasErrorParameter<RecordNotFoundException> {

    public RecordNotFoundView() {
        addClassName("mw-message-page");
        add(
                new H1("We couldn't find that"),
                new Paragraph("It may have been removed, or the link may be wrong."),
                new Anchor("", "Go to your home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RecordNotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
