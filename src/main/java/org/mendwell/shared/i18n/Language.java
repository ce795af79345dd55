package org.mendwell.shared.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The languages the portal is written in. A person's texts, e-mails and built-in exercises come in one of
 * these; their dates and numbers follow their browser's region for it where it has one.
 */
public enum Language {
    ENGLISH("en", "English"),
    SPANISH("es", "Español");

    private final String code;
    private final String ownName;

    Language(String code, String ownName) {
        this.code = code;
        this.ownName = ownName;
    }

    /** The ISO 639-1 code, as stored on an account. */
    public String code() {
        return code;
    }

    /** The language's name in itself, so that a person finds their own in a list they cannot read yet. */
    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> ofCode(@Nullable String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    /** The portal language a locale asks for, when the portal has it. */
    public static Optional<Language> of(@Nullable Locale locale) {
        return locale == null ? Optional.empty() : ofCode(locale.getLanguage());
    }
}
