package org.mendwell.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import org.mendwell.shared.i18n.Messages;

/**
 * Dates and times written for one person: in their time zone and their locale's own order and words
 * (25 Nov 2026, 21:05 in Britain; Nov 25, 2026, 9:05 PM in the United States). One family of formats
 * for the whole portal: a medium date, a short time, and a full day name where a day is spoken of.
 */
public record PersonalTime(ZoneId zone, Locale locale, Clock clock) {

    /** "25 Nov 2026, 21:05": a moment, such as when something was submitted or saved. */
    public String dateTime(Instant instant) {
        return plain(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .format(instant.atZone(zone)));
    }

    /** "25 Nov 2026, 21:05:09": a moment to the second, for a record such as the audit trail. */
    public String dateTimeToTheSecond(Instant instant) {
        return plain(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(instant.atZone(zone)));
    }

    /**
     * "25 Nov 2026, 21:05 (London Time)", "25 nov 2026, 21:05 (hora de Londres)": for an e-mail, read wherever its
     * reader happens to be, so the zone is named in the reader's words.
     */
    public String dateTimeWithZone(Instant instant) {
        return Messages.in(locale, "shared.time.with-zone", dateTime(instant), zoneName());
    }

    /** This person's zone as {@link #nameOf} names it in their language. */
    public String zoneName() {
        return nameOf(zone, locale);
    }

    /**
     * A time zone named for a person, never its raw id ("Europe/Madrid"): the zone's generic name in their language,
     * which stays the same in summer and winter ("London Time", "hora de Londres"; "Central European Time", "hora de
     * Europa central"). Where that name is a region's rather than a city's, the id's city follows it, as two cities
     * can share a name and not a clock ("Central Time, Mexico City" keeps no summer time; Chicago does).
     */
    public static String nameOf(ZoneId zone, Locale locale) {
        String name = zone.getDisplayName(TextStyle.FULL, locale);
        String id = zone.getId();
        int slash = id.lastIndexOf('/');
        if (slash < 0) {
            return name; // "UTC", "GMT": no city in the id
        }
        String city = id.substring(slash + 1).replace('_', ' ');
        boolean namedAfterTheCity =
                zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH).contains(city);
        return namedAfterTheCity || name.equals(id)
                ? name
                : Messages.in(locale, "shared.time.zone-and-city", name, city);
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
        return plain(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .format(time));
    }

    /** "Wednesday 25 November": a day close enough that its year goes without saying. */
    public String day(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE " + withoutYear(longDatePattern()), locale)
                .format(date);
    }

    /** "Wednesday 25 November 2026". */
    public String dayWithYear(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE " + longDatePattern(), locale).format(date);
    }

    /** "Wednesday 25 November" for the day a moment fell on, with the year only when it is not this year. */
    public String day(Instant instant) {
        LocalDate date = dateOf(instant);
        return date.getYear() == today().getYear() ? day(date) : dayWithYear(date);
    }

    /** "1 Feb", for a chart's axis. */
    public String dayAndMonth(LocalDate date) {
        return DateTimeFormatter.ofPattern(withoutYear(mediumDatePattern()), locale)
                .format(date);
    }

    /** "Mon 1 Feb 2027", for a table's rows. */
    public String weekdayDate(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEE " + mediumDatePattern(), locale).format(date);
    }

    /**
     * The same person reading times of someone else's day, such as a client's due times on their clinician's
     * progress tab, where the page names the zone.
     */
    public PersonalTime in(ZoneId otherZone) {
        return new PersonalTime(otherZone, locale, clock);
    }

    /** The medium date format, for records that write their own dates (a schedule's text). */
    public DateTimeFormatter dates() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The wall-clock time where this person is. */
    public LocalDateTime now() {
        return clock.instant().atZone(zone).toLocalDateTime();
    }

    /** Today where this person is, which need not be today where the server is. */
    public LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    private String mediumDatePattern() {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.MEDIUM, null, IsoChronology.INSTANCE, locale);
    }

    private static String withoutYear(String pattern) {
        // With the words that join the year on ("d 'de' MMMM 'de' y" in Spanish), or a dangling "de" is left.
        return pattern.replaceAll("[,.]?\\s*('[^']*'\\s*)?y+[年년]?", "").strip();
    }

    /** The locale's long date ("d MMMM y", "MMMM d, y"): the order of day and month as its people write them. */
    private String longDatePattern() {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.LONG, null, IsoChronology.INSTANCE, locale);
    }

    /**
     * "9:05 PM" with a plain space: the JDK's English formats put a narrow no-break space before "PM", and
     * one character beyond Latin-1 makes Java store a whole page's response (which Vaadin keeps per tab for
     * resending) at two bytes a character.
     */
    private static String plain(String formatted) {
        return formatted.replace('\u202f', ' ');
    }
}
