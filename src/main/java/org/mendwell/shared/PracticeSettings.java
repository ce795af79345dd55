package org.mendwell.shared;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The practice's own settings, from {@code mendwell.*}.
 *
 * @param practiceTimeZone {@code mendwell.practice-time-zone}: the zone for anyone whose own zone is not
 *                         known yet (a client before their intake says where they live), and for staff
 *                         who have not chosen one and whose browser has not said
 * @param practiceLocale   {@code mendwell.practice-locale}: how dates and times are written for someone whose
 *                         browser has not said (and in e-mails)
 */
@ConfigurationProperties("mendwell")
@Validated
public record PracticeSettings(
        @DefaultValue("Europe/London") @NotNull ZoneId practiceTimeZone,
        @DefaultValue("en-GB") @NotNull Locale practiceLocale) {}
