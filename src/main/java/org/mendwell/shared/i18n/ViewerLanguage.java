package org.mendwell.shared.i18n;

import com.vaadin.flow.server.VaadinRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mendwell.shared.PracticeSettings;
import org.springframework.stereotype.Component;

/**
 * Decides the language and locale a person reads the portal in: the language they chose on their account,
 * else the first portal language their browser asks for, else the practice's. The locale keeps the browser's
 * region when it is for that language (Mexican Spanish dates for a browser set to es-MX), else the practice's
 * when that is, else the language alone.
 */
@Component
public class ViewerLanguage {

    private final List<OwnLanguage> ownLanguages;
    private final Locale practiceLocale;

    ViewerLanguage(List<OwnLanguage> ownLanguages, PracticeSettings practice) {
        this.ownLanguages = ownLanguages;
        this.practiceLocale = practice.practiceLocale();
    }

    /** The locale for the person making the current request (signed in or not). */
    public Locale viewerLocale() {
        List<Locale> browser = browserLocales();
        Language language = ownLanguages.stream()
                .map(OwnLanguage::ofSignedInPerson)
                .flatMap(Optional::stream)
                .findFirst()
                .or(() -> browser.stream()
                        .map(Language::of)
                        .flatMap(Optional::stream)
                        .findFirst())
                .or(() -> Language.of(practiceLocale))
                .orElse(Language.ENGLISH);
        return localeFor(language, browser);
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
        if (request == null || request.getHeader("Accept-Language") == null) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(request.getHeader("Accept-Language")).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .filter(locale -> !locale.getLanguage().isEmpty())
                    .toList();
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }
}
