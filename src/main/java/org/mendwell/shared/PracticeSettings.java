package org.mendwell.shared;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The practice's own settings, from {@code mendwell.*}.
 *
 * @param practiceTimeZone {@code mendwell.practice-time-zone}: the zone for anyone whose own zone is not
 *                         known yet (a client before their intake says where they live), and for staff
 */
@ConfigurationProperties("mendwell")
@Validated
public record PracticeSettings(@DefaultValue("Europe/London") @NotNull ZoneId practiceTimeZone) {
}
