package org.mendwell.shared.i18n;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the message bundles, from {@code mendwell.i18n.*}.
 *
 * @param pseudoLocale     {@code mendwell.i18n.pseudo-locale}: also offer {@link Messages#PSEUDO}, English made 40 %
 *                         longer with accents, to find text that is cut off or never translated (tests, development)
 * @param failOnMissingKey {@code mendwell.i18n.fail-on-missing-key}: a key missing from the bundles throws instead of
 *                         showing {@code !key!} (tests, so that a missing text fails the test that shows it)
 */
@ConfigurationProperties("mendwell.i18n")
public record LanguageSettings(
        @DefaultValue("false") boolean pseudoLocale,
        @DefaultValue("false") boolean failOnMissingKey) {}
