package org.mendwell.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times written for one person: in their time zone and their locale's own order and words
 * (25 Nov 2026, 21:05 in Britain; Nov 25, 2026, 9:05 PM in the United States). One family of formats
 * for the whole portal: a medium date, a short time, and a full day name where a day is spoken of.
 */
public record PersonalTime(ZoneId zone, Locale locale) {

    /** "25 Nov 2026, 21:05": a moment, such as when something was submitted or saved. */
    public String dateTime(Instant instant) {
        return plain(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone)));
    }

    /** "25 Nov 2026, 21:05 (Europe/London time)": for an e-mail, read wherever its reader happens to be. */
    public String dateTimeWithZone(Instant instant) {
        return dateTime(instant) + " (" + zone.getId() + " time)";
    }

    /** "25 Nov 2026": the day a moment fell on, in this person's zone. */
    public String date(Instant instant) {
        return date(dateOf(instant));
    }

    /** "25 Nov 2026". */
    public String date(LocalDate date) {
        return dates().format(date);
    }

    /** "21:05": the time of day a moment fell on, in this person's zone. */
    public String time(Instant instant) {
        return time(instant.atZone(zone).toLocalTime());
    }

    /** "21:05" or "9:05 PM": a time of day already in someone's zone, such as a due time. */
    public String time(LocalTime time) {
        return plain(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time));
    }

    /** "Wednesday 25 November": a day close enough that its year goes without saying. */
    public String day(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE " + longDatePattern().replaceAll("[,.]?\\s*y+[年년]?", "").strip(),
                locale).format(date);
    }

    /** "Wednesday 25 November 2026". */
    public String dayWithYear(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE " + longDatePattern(), locale).format(date);
    }

    /** "Wednesday 25 November", with the year only when it is not this person's current year. */
    public String day(Instant instant, Clock clock) {
        LocalDate date = dateOf(instant);
        return date.getYear() == today(clock).getYear() ? day(date) : dayWithYear(date);
    }

    /** The medium date format, for records that write their own dates (a schedule's text). */
    public DateTimeFormatter dates() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** Today where this person is, which need not be today where the server is. */
    public LocalDate today(Clock clock) {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /** The locale's long date ("d MMMM y", "MMMM d, y"): the order of day and month as its people write them. */
    private String longDatePattern() {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null, IsoChronology.INSTANCE,
                locale);
    }

    /** Java writes "9:05 PM" with a narrow no-break space, which some screen readers and e-mail clients mangle. */
    private static String plain(String formatted) {
        return formatted.replace('\u202f', ' ');
    }
}
