package org.mendwell.shared.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every text a person reads, from the message bundles under {@code src/main/resources/messages/}: one bundle
 * per feature ({@code intake.properties} in English, {@code intake_es.properties} in Spanish), each key starting
 * with the bundle's name. Vaadin finds this bean as the portal's {@link I18NProvider}, so a component's
 * {@code getTranslation("intake.step.about")} reads the page's language; services call {@link #viewer} for the
 * signed-in person's texts and {@link #text} with the recipient's locale for e-mails.
 *
 * <p>Every text is a {@link MessageFormat} pattern, whether or not it has arguments, so one rule holds for all:
 * an apostrophe is written twice ({@code don''t}) or as the typographic one ({@code don’t}).
 */
@Component
public class Messages implements I18NProvider {

    /** English, 40 % longer and accented, for finding cut-off and untranslated text (never offered to people). */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");

    static final String BUNDLE_FOLDER = "messages";
    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static final Pattern BUNDLE_NAME = Pattern.compile("([a-z][a-z0-9-]*)(?:_([a-z]{2}))?\\.properties");

    private final Map<Language, Map<String, String>> texts;
    private final LanguageSettings settings;
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    /**
     * The portal's bundles for helpers that have neither a component nor a bean at hand (PlainText's wording
     * is used by services and views alike); the latest running context's, or plain ones before any context started.
     */
    private static final Deque<Messages> running = new ConcurrentLinkedDeque<>();

    /** Who reads the texts of {@link #viewer}; absent only for the plain bundles used before any context. */
    private final @Nullable ObjectProvider<ViewerLanguage> viewerLanguage;

    @Autowired
    Messages(LanguageSettings settings, ObjectProvider<ViewerLanguage> viewerLanguage) {
        this.settings = settings;
        this.viewerLanguage = viewerLanguage;
        this.texts = load();
        running.addLast(this);
    }

    /**
     * A closed context's bundles must not serve the static helpers: their reader ({@link ViewerLanguage}) lives in
     * that context, and asking it after the close tries to build its beans again. Several contexts run side by side
     * in the tests (and a test may start and stop one of its own), so the latest one still running serves.
     */
    @PreDestroy
    void stopServing() {
        running.remove(this);
    }

    /** Plain bundles read in English or a given locale only, for static helpers before any context and for tests. */
    Messages(LanguageSettings settings) {
        this.settings = settings;
        this.viewerLanguage = null;
        this.texts = load();
    }

    /**
     * The text in the language of the page being built or answered, for static helpers ({@code PlainText},
     * {@code DatePickers}); English away from any page, as in a scheduled job.
     */
    public static String ofPage(String key, Object... params) {
        return current().viewer(key, params);
    }

    /** The text in a given reader's language, for static helpers that write for someone away from any page. */
    public static String in(Locale locale, String key, Object... params) {
        return current().text(key, locale, params);
    }

    /** Whether the portal's bundles have this key, for static helpers that word what they have a text for. */
    public static boolean known(String key) {
        return current().has(key);
    }

    private static Messages current() {
        Messages messages = running.peekLast();
        return messages != null ? messages : new Messages(new LanguageSettings(false, false));
    }

    @Override
    public List<Locale> getProvidedLocales() {
        List<Locale> locales = new ArrayList<>();
        for (Language language : Language.values()) {
            locales.add(language.locale());
        }
        if (settings.pseudoLocale()) {
            locales.add(PSEUDO);
        }
        return locales;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return text(key, locale, params);
    }

    /** The text for this key in the locale's language (English where the portal does not have it). */
    public String text(String key, @Nullable Locale locale, Object... params) {
        boolean pseudo = settings.pseudoLocale() && PSEUDO.equals(locale);
        Language language = pseudo ? Language.ENGLISH : Language.of(locale).orElse(Language.ENGLISH);
        String pattern = texts.get(language).get(key);
        if (pattern == null) {
            pattern = texts.get(Language.ENGLISH).get(key);
        }
        if (pattern == null) {
            return missing(key);
        }
        if (pseudo) {
            pattern = Pseudo.localise(pattern);
        }
        return new MessageFormat(pattern, locale == null ? language.locale() : locale).format(params);
    }

    /**
     * The text in the language of the page being built or answered (the signed-in person's, else the browser's).
     * Away from a page, as in a download handler, it is still the signed-in person's language ({@link
     * ViewerLanguage#pageLocale}); English only where nobody is reading, as in a scheduled job.
     */
    public String viewer(String key, Object... params) {
        ViewerLanguage reader = viewerLanguage == null ? null : viewerLanguage.getIfAvailable();
        if (reader != null) {
            return text(key, reader.pageLocale(), params);
        }
        UI ui = UI.getCurrent();
        return text(key, ui == null ? Language.ENGLISH.locale() : ui.getLocale(), params);
    }

    /**
     * A refusal or validation message in the viewer's language when it names a bundle key, with at most one
     * argument after a colon ({@code account.email.demo-domain:@demo.example}, {@code intake.problem.too-long:120}
     * where Bean Validation filled in the {@code {max}}); a whole number argument is formatted as a number. Any
     * other text is passed on as it is. This is how constraint annotations and validators name their messages,
     * so that a message next to a field is never Hibernate Validator's English.
     */
    public String viewerProblem(String message) {
        int colon = message.indexOf(':');
        String key = colon < 0 ? message : message.substring(0, colon);
        if (!has(key)) {
            return message;
        }
        if (colon < 0) {
            return viewer(key);
        }
        String argument = message.substring(colon + 1);
        return argument.matches("-?\\d{1,9}") ? viewer(key, Integer.valueOf(argument)) : viewer(key, argument);
    }

    /** Whether the bundles have this key (in English, which every key has). */
    public boolean has(String key) {
        return texts.get(Language.ENGLISH).containsKey(key);
    }

    private String missing(String key) {
        if (settings.failOnMissingKey()) {
            throw new IllegalStateException("No text for message key '" + key + "' in " + BUNDLE_FOLDER + "/");
        }
        if (reportedMissing.add(key)) {
            log.warn("No text for message key '{}'; the page shows the key", key);
        }
        return "!" + key + "!";
    }

    /** Reads every bundle once: language, then key, then pattern. Package-private for the bundle tests. */
    static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> byLanguage = new HashMap<>();
        for (Language language : Language.values()) {
            byLanguage.put(language, new TreeMap<>());
        }
        for (Bundle bundle : bundles()) {
            byLanguage.get(bundle.language()).putAll(bundle.texts());
        }
        return byLanguage;
    }

    /** One bundle file: the feature it belongs to, its language and its texts. */
    record Bundle(String feature, Language language, Map<String, String> texts) {}

    static List<Bundle> bundles() {
        try {
            List<Bundle> bundles = new ArrayList<>();
            var resolver = new PathMatchingResourcePatternResolver(Messages.class.getClassLoader());
            for (Resource resource : resolver.getResources("classpath*:" + BUNDLE_FOLDER + "/*.properties")) {
                Matcher name = BUNDLE_NAME.matcher(String.valueOf(resource.getFilename()));
                if (!name.matches()) {
                    throw new IllegalStateException("Not a bundle name: " + resource.getFilename());
                }
                Language language = name.group(2) == null
                        ? Language.ENGLISH
                        : Language.ofCode(name.group(2))
                                .orElseThrow(() -> new IllegalStateException(
                                        "No such portal language: " + resource.getFilename()));
                bundles.add(new Bundle(name.group(1), language, read(resource)));
            }
            return bundles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(Resource resource) throws IOException {
        var properties = new Properties();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }
}
