package org.mendwell.reminders;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The reminder e-mails, from {@code mendwell.reminders.*}. Whether the job runs and when
 * ({@code enabled}, {@code cron}, {@code lock-at-most-for}, {@code lock-at-least-for}) are read by the
 * scheduler's own annotations on {@link ReminderScheduler}, which take no typed settings.
 *
 * @param sendFrom {@code mendwell.reminders.send-from}: nobody gets a reminder before this local time
 */
@ConfigurationProperties("mendwell.reminders")
@Validated
record ReminderSettings(@DefaultValue("08:00") @NotNull LocalTime sendFrom) {}
