package org.mendwell.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PersonalTimeTest {

    /** Wednesday 25 November 2026, 21:05 in London (GMT), 16:05 in New York, 10:05 on the 26th in Auckland. */
    static final Instant EVENING_IN_LONDON = Instant.parse("2026-11-25T21:05:00Z");

    static final Clock THAT_EVENING = Clock.fixed(EVENING_IN_LONDON, ZoneOffset.UTC);

    private static PersonalTime in(String zone, Locale locale) {
        return new PersonalTime(ZoneId.of(zone), locale, THAT_EVENING);
    }

    @Test
    void one_moment_reads_as_each_persons_own_day_and_hour() {
        assertThat(in("Europe/London", Locale.UK).dateTime(EVENING_IN_LONDON)).isEqualTo("25 Nov 2026, 21:05");
        assertThat(in("America/New_York", Locale.UK).dateTime(EVENING_IN_LONDON))
                .isEqualTo("25 Nov 2026, 16:05");
        assertThat(in("Pacific/Auckland", Locale.UK).dateTime(EVENING_IN_LONDON))
                .isEqualTo("26 Nov 2026, 10:05");
        assertThat(in("Pacific/Auckland", Locale.UK).today()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void dates_and_times_follow_the_persons_locale_with_plain_spaces() {
        var american = in("America/New_York", Locale.US);
        assertThat(american.dateTime(EVENING_IN_LONDON)).isEqualTo("Nov 25, 2026, 4:05 PM");
        assertThat(american.time(LocalTime.of(20, 0))).isEqualTo("8:00 PM");
        assertThat(american.day(LocalDate.of(2026, 11, 25))).isEqualTo("Wednesday November 25");
        assertThat(in("Europe/Berlin", Locale.GERMANY).date(EVENING_IN_LONDON)).isEqualTo("25.11.2026");
    }

    @Test
    void a_day_names_its_year_only_when_it_is_not_this_one() {
        var london = in("Europe/London", Locale.UK);
        assertThat(london.day(EVENING_IN_LONDON)).isEqualTo("Wednesday 25 November");
        assertThat(london.day(Instant.parse("2025-11-25T12:00:00Z"))).isEqualTo("Tuesday 25 November 2025");
        assertThat(london.dayAndMonth(LocalDate.of(2027, 2, 1))).isEqualTo("1 Feb");
        assertThat(london.weekdayDate(LocalDate.of(2027, 2, 1))).isEqualTo("Mon 1 Feb 2027");
    }

    /** Found by the issue 16 exploration: "lunes 7 de diciembre de" had lost its year but kept the "de" before it. */
    @Test
    void a_spanish_day_without_its_year_keeps_no_dangling_word() {
        var mexican = in("America/Mexico_City", Locale.forLanguageTag("es-MX"));
        assertThat(mexican.day(LocalDate.of(2026, 12, 7))).isEqualTo("lunes 7 de diciembre");
        assertThat(mexican.dayWithYear(LocalDate.of(2026, 12, 7))).isEqualTo("lunes 7 de diciembre de 2026");
        assertThat(in("Europe/Madrid", Locale.forLanguageTag("es")).dayAndMonth(LocalDate.of(2027, 2, 1)))
                .doesNotEndWith("de")
                .doesNotContain("2027");
    }

    @Test
    void an_e_mail_names_the_zone_its_time_is_in() {
        assertThat(in("America/New_York", Locale.UK).dateTimeWithZone(EVENING_IN_LONDON))
                .isEqualTo("25 Nov 2026, 16:05 (Eastern Time, New York)");
    }

    /** Issue 16: a Spanish clinician's e-mail said "(America/New_York time)" in English. */
    @Test
    void a_spanish_e_mail_names_the_zone_in_spanish() {
        assertThat(in("America/New_York", Locale.forLanguageTag("es")).dateTimeWithZone(EVENING_IN_LONDON))
                .endsWith(" 16:05 (hora oriental, New York)")
                .doesNotContain("time")
                .doesNotContain("America/");
    }

    /**
     * Issue 16: a zone is named in the reader's words, never by its id ("hora de Europe/Madrid"): the zone's own name
     * where it is a city's, else the region's followed by the city the person chose.
     */
    @Test
    void a_zone_is_named_in_the_readers_language_and_never_by_its_id() {
        Locale spanish = Locale.forLanguageTag("es");
        assertThat(in("Europe/London", Locale.UK).dateTimeWithZone(EVENING_IN_LONDON))
                .endsWith(" (London Time)");
        assertThat(in("Europe/London", spanish).dateTimeWithZone(EVENING_IN_LONDON))
                .endsWith(" (hora de Londres)");
        assertThat(in("Europe/Madrid", Locale.UK).dateTimeWithZone(EVENING_IN_LONDON))
                .endsWith(" (Central European Time, Madrid)");
        assertThat(in("Europe/Madrid", spanish).dateTimeWithZone(EVENING_IN_LONDON))
                .endsWith(" (hora de Europa central, Madrid)");
        assertThat(in("America/Mexico_City", spanish).dateTimeWithZone(EVENING_IN_LONDON))
                .endsWith(" (hora central, Mexico City)");
        assertThat(in("Asia/Kolkata", spanish).dateTimeWithZone(EVENING_IN_LONDON))
                .endsWith(" (hora de Calcuta)");
        assertThat(in("UTC", spanish).dateTimeWithZone(EVENING_IN_LONDON)).endsWith(" (tiempo universal coordinado)");
    }
}
