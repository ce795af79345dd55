package org.mendwell.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.springframework.stereotype.Component;

/**
 * A request refused by a filter, before Vaadin or any page: a short plain-text sentence in the visitor's language
 * (their account's when signed in, else their browser's {@code Accept-Language}, else the practice's), no details.
 */
@Component
class PlainRefusal {

    private final ViewerLanguage viewerLanguage;
    private final Messages messages;

    PlainRefusal(ViewerLanguage viewerLanguage, Messages messages) {
        this.viewerLanguage = viewerLanguage;
        this.messages = messages;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String key) throws IOException {
        Locale locale = viewerLanguage.requestLocale(request.getHeader("Accept-Language"));
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setLocale(locale);
        response.setHeader("Content-Language", locale.toLanguageTag());
        response.getWriter().write(messages.text(key, locale));
    }
}
