package org.mendwell.shared.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mendwell.shared.PracticeSettings;
import org.springframework.stereotype.Component;

/**
 * Decides the language and locale a person reads the portal in: the language they chose on their account,
 * else the one they picked for this visit before signing in, else the first portal language their browser asks
 * for, else the practice's. The locale keeps the browser's region when it is for that language (Mexican Spanish dates for a browser set to es-MX), else the practice's
 * when that is, else the language alone.
 */
@Component
public class ViewerLanguage {

    private static final String VISIT_LANGUAGE = ViewerLanguage.class.getName() + ".visit";

    private final List<OwnLanguage> ownLanguages;
    private final Locale practiceLocale;

    ViewerLanguage(List<OwnLanguage> ownLanguages, PracticeSettings practice) {
        this.ownLanguages = ownLanguages;
        this.practiceLocale = practice.practiceLocale();
    }

    /** The locale for the person making the current request (signed in or not). */
    public Locale viewerLocale() {
        return localeWith(browserLocales());
    }

    /**
     * The locale of the page being built or answered; away from a page (a download, a request with no UI) the one
     * the person would get there, so that their account's language holds and not only the page's.
     */
    public Locale pageLocale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : viewerLocale();
    }

    /**
     * The portal language of the page being built or answered ({@link #pageLocale()}): the language in which lists,
     * grids and charts name things, such as a built-in exercise's title.
     */
    public Language pageLanguage() {
        return Language.of(pageLocale()).orElse(Language.ENGLISH);
    }

    /**
     * The locale for a request answered outside Vaadin (a servlet filter refusing it): the signed-in person's
     * language when the security context is known, else the browser's {@code Accept-Language}, else the practice's.
     */
    public Locale requestLocale(@Nullable String acceptLanguage) {
        return localeWith(browserLocales(acceptLanguage));
    }

    private Locale localeWith(List<Locale> browser) {
        Language language = ownLanguages.stream()
                .map(OwnLanguage::ofSignedInPerson)
                .flatMap(Optional::stream)
                .findFirst()
                .or(ViewerLanguage::chosenForThisVisit)
                .or(() -> browser.stream()
                        .map(Language::of)
                        .flatMap(Optional::stream)
                        .findFirst())
                .or(() -> Language.of(practiceLocale))
                .orElse(Language.ENGLISH);
        return localeFor(language, browser);
    }

    /**
     * Keeps a language a visitor picked before signing in (on the sign-in or activation page) for the rest of
     * their visit, ahead of the browser's. The session outlives the sign-in, so the pages after it follow too.
     */
    public void chooseForThisVisit(Language language) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(VISIT_LANGUAGE, language.code());
        }
    }

    /** The language picked for this visit, if any. */
    public static Optional<Language> chosenForThisVisit() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        if (session.hasLock()) {
            return Language.ofCode(String.valueOf(session.getAttribute(VISIT_LANGUAGE)));
        }
        // A download handler answers without the session's lock, and reading the session's state needs it.
        session.lock();
        try {
            return Language.ofCode(String.valueOf(session.getAttribute(VISIT_LANGUAGE)));
        } finally {
            session.unlock();
        }
    }

    /** The practice's language: what an invitation is written in unless the clinician picks another. */
    public Language practiceLanguage() {
        return Language.of(practiceLocale).orElse(Language.ENGLISH);
    }

    /**
     * The locale for a language someone was invited in, read in the current browser: its region when the browser
     * asks for that language with one, else the practice's.
     */
    public Locale viewerLocaleIn(Language language) {
        return localeFor(language, browserLocales());
    }

    /** The locale for writing to someone away from any browser (an e-mail): their language, the practice's region. */
    public Locale recipientLocale(Optional<Language> chosen) {
        return localeFor(chosen.or(() -> Language.of(practiceLocale)).orElse(Language.ENGLISH), List.of());
    }

    private Locale localeFor(Language language, List<Locale> browser) {
        return browser.stream()
                .filter(locale -> locale.getLanguage().equals(language.code()))
                .filter(locale -> !locale.getCountry().isEmpty())
                .findFirst()
                .or(() ->
                        Optional.of(practiceLocale).filter(l -> l.getLanguage().equals(language.code())))
                .orElse(language.locale());
    }

    private static List<Locale> browserLocales() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return browserLocales(request == null ? null : request.getHeader("Accept-Language"));
    }

    private static List<Locale> browserLocales(@Nullable String acceptLanguage) {
        if (acceptLanguage == null) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .filter(locale -> !locale.getLanguage().isEmpty())
                    .toList();
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }
}
