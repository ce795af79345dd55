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

    /**
     * The language's name in itself, so that a person finds their own in a list they cannot read yet: only for the
     * items of a list of languages to choose from. A sentence names a language in the reader's: {@link #nameKey()}.
     */
    public String ownName() {
        return ownName;
    }

    /** The message key of the language's name in the reader's language: "Spanish" on an English page, "español". */
    public String nameKey() {
        return nameKey(code);
    }

    /** {@link #nameKey()} for a language stored by its ISO 639-1 code. */
    public static String nameKey(String code) {
        return "shared.language." + code;
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
