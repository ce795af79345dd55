package org.mendwell.shared.i18n;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vaadin's own messages (cookies blocked, the page out of step with the server, an internal error, a session that
 * ended) in the visitor's language, with what to do next. Vaadin's defaults are English only, and one of them asks a
 * person to "take note of any unsaved data", which on a page that keeps what was typed is the wrong advice.
 */
@Component
class PortalSystemMessages implements VaadinServiceInitListener {

    private final Messages messages;
    private final ViewerLanguage viewerLanguage;

    PortalSystemMessages(Messages messages, ViewerLanguage viewerLanguage) {
        this.messages = messages;
        this.viewerLanguage = viewerLanguage;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Asked in the request of the person who will read it, sometimes before Vaadin has taken it on as its own
        // (the cookie check): so from the request itself, the signed-in person's language first.
        event.getSource()
                .setSystemMessagesProvider(info -> inLanguageOf(viewerLanguage.requestLocale(
                        info.getRequest() == null ? null : info.getRequest().getHeader("Accept-Language"))));
    }

    CustomizedSystemMessages inLanguageOf(Locale locale) {
        var texts = new CustomizedSystemMessages();
        texts.setCookiesDisabledCaption(text("cookies-disabled.caption", locale));
        texts.setCookiesDisabledMessage(text("cookies-disabled.message", locale));
        texts.setSyncErrorCaption(text("sync-error.caption", locale));
        texts.setSyncErrorMessage(text("sync-error.message", locale));
        texts.setInternalErrorCaption(text("internal-error.caption", locale));
        texts.setInternalErrorMessage(text("internal-error.message", locale));
        texts.setSessionExpiredCaption(text("session-expired.caption", locale));
        texts.setSessionExpiredMessage(text("session-expired.message", locale));
        return texts;
    }

    private String text(String key, Locale locale) {
        return messages.text("shared.system." + key, locale);
    }
}
