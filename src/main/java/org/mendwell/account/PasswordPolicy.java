package org.mendwell.account;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.vaadin.flow.component.UI;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mendwell.shared.DemoSettings;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.i18n.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Length over composition, as NIST SP 800-63B advises: at least 12 characters, no character-class
 * rules, a refusal of passwords found on a bundled list of common ones (nothing outside the
 * server is asked), and of passwords zxcvbn rates as easy to guess (keyboard walks, names, dates).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;
    private final Zxcvbn zxcvbn = new Zxcvbn();
    private final boolean demoPractice;

    @Autowired
    public PasswordPolicy(DemoSettings demo) {
        this(demo.enabled());
    }

    /** @param demoPractice whether this portal runs the demo practice; only then is the published demo password allowed */
    public PasswordPolicy(boolean demoPractice) {
        this.common = loadCommonPasswords();
        this.demoPractice = demoPractice;
    }

    /** How hard a password would be to guess, 0 (trivial) to 4 (very strong), with advice for the meter. */
    public PasswordStrength strength(String password, String... personalWords) {
        if (password.isEmpty()) {
            return new PasswordStrength(0, "");
        }
        String sample = password.length() > MAX_LENGTH ? password.substring(0, MAX_LENGTH) : password;
        Strength estimate = zxcvbn.measure(sample, personalWordList(personalWords));
        // zxcvbn words its advice in Spanish too; English stays its own default, whatever the server's locale.
        Locale page = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        boolean spanish = Language.of(page).filter(Language.SPANISH::equals).isPresent();
        var feedback = estimate.getFeedback();
        String advice = spanish ? feedback.getWarning(Language.SPANISH.locale()) : feedback.getWarning();
        if (advice == null || advice.isBlank()) {
            advice = (spanish ? feedback.getSuggestions(Language.SPANISH.locale()) : feedback.getSuggestions())
                    .stream().findFirst().orElse("");
        }
        int score = problemWith(password, personalWords).isPresent()
                ? Math.min(estimate.getScore(), 1)
                : estimate.getScore();
        return new PasswordStrength(score, advice);
    }

    public record PasswordStrength(int score, String advice) {

        public String label() {
            return Messages.ofPage(
                    switch (score) {
                        case 0, 1 -> "account.password.weak";
                        case 2 -> "account.password.fair";
                        case 3 -> "account.password.good";
                        default -> "account.password.strong";
                    });
        }
    }

    /** Why this password is refused, or empty when it is acceptable. */
    public Optional<String> problemWith(String password, String... personalWords) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Messages.ofPage("account.password.too-short", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Messages.ofPage("account.password.too-long", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (!demoPractice && lower.equals(DemoPassword.VALUE)) {
            return Optional.of(Messages.ofPage("account.password.demo"));
        }
        if (common.contains(lower) || lower.chars().distinct().count() <= 2) {
            return Optional.of(Messages.ofPage("account.password.common"));
        }
        if (zxcvbn.measure(password, personalWordList(personalWords)).getScore() < 2) {
            return Optional.of(Messages.ofPage("account.password.pattern"));
        }
        for (String word : personalWords) {
            if (word != null && word.length() >= 4 && lower.contains(word.toLowerCase(Locale.ROOT))) {
                return Optional.of(Messages.ofPage("account.password.personal"));
            }
        }
        return Optional.empty();
    }

    private static java.util.List<String> personalWordList(String... words) {
        return java.util.Arrays.stream(words).filter(java.util.Objects::nonNull).toList();
    }

    private static Set<String> loadCommonPasswords() {
        var stream = Objects.requireNonNull(
                PasswordPolicy.class.getResourceAsStream("common-passwords.txt"),
                "common-passwords.txt is missing from the classpath");
        Set<String> words = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
