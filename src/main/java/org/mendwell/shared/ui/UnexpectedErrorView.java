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
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of Vaadin's default error page when opening a page fails unexpectedly (the database
 * is down, say). The default page would show the exception, and in development its stack trace; this
 * one shows an incident number, and the log gets the number and the exception type only, never its
 * message, which could quote a record.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends Main implements HasErrorParameter<Exception>, TranslatedTitle {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    private final Paragraph explanation = new Paragraph();

    public UnexpectedErrorView() {
        addClassName("mw-message-page");
        add(
                new H1(getTranslation("shared.unexpected-error.heading")),
                explanation,
                new Anchor("", getTranslation("shared.home-link")),
                UrgentHelp.note());
    }

    @Override
    public String titleKey() {
        return "shared.unexpected-error.title";
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        Throwable error = parameter.getCaughtException();
        log.error(
                "Page could not be opened, incident {}: {} at {}",
                incident,
                error.getClass().getName(),
                error.getStackTrace().length > 0 ? error.getStackTrace()[0] : "unknown");
        explanation.setText(getTranslation("shared.unexpected-error.text", incident));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
