package org.mendwell.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each locale's own order of day, month and year, always with a four-digit year, for every date picker. */
class DatePickersTest {

    @Test
    void each_locale_types_dates_in_its_own_order_with_a_four_digit_year() {
        assertThat(DatePickers.pattern(Locale.US)).isEqualTo("M/d/yyyy");
        assertThat(DatePickers.pattern(Locale.UK)).isEqualTo("dd/MM/yyyy");
        assertThat(DatePickers.pattern(Locale.GERMANY)).isEqualTo("dd.MM.yyyy");
        assertThat(DatePickers.pattern(Locale.JAPAN)).isEqualTo("yyyy/MM/dd");
    }

    @Test
    void a_date_can_also_be_typed_without_leading_zeros_or_with_a_two_digit_year() {
        var i18n = DatePickers.i18n(Locale.UK);

        assertThat(i18n.getDateFormats()).containsExactly("dd/MM/yyyy", "d/M/yyyy", "d/M/yy");
        assertThat(i18n.getBadInputErrorMessage()).isEqualTo("Enter the date like 14/03/1988");
        assertThat(DatePickers.i18n(Locale.US).getBadInputErrorMessage()).isEqualTo("Enter the date like 3/14/1988");
    }

    @Test
    void a_typed_date_can_be_digits_only_in_the_locales_order_as_a_phones_number_pad_types_it() {
        assertThat(DatePickers.order("dd/MM/yyyy")).isEqualTo("day, month and year");
        assertThat(DatePickers.order("M/d/yyyy")).isEqualTo("month, day and year");
        assertThat(DatePickers.order("yyyy/MM/dd")).isEqualTo("year, month and day");
        assertThat(DatePickers.digitsOnly("dd/MM/yyyy")).isEqualTo("ddMMyyyy");
        assertThat(DatePickers.digitsOnly("M/d/yyyy")).isEqualTo("MMddyyyy");
        assertThat(DatePickers.digitsOnly("dd.MM.yyyy")).isEqualTo("ddMMyyyy");
    }

    @Test
    void a_date_that_does_not_exist_is_explained_in_the_locales_order() {
        assertThat(DatePickers.impossible("30/02/1990", "dd/MM/yyyy"))
                .contains("February 1990 has 28 days, so there is no day 30: check the day");
        assertThat(DatePickers.impossible("2/29/2023", "M/d/yyyy"))
                .contains("February 2023 has 28 days, so there is no day 29: check the day");
        assertThat(DatePickers.impossible("31.04.1975", "dd.MM.yyyy"))
                .contains("April 1975 has 30 days, so there is no day 31: check the day");
        assertThat(DatePickers.impossible("14/13/1988", "dd/MM/yyyy"))
                .contains("A year has 12 months, so 13 can't be the month: check the day, month and year");
        assertThat(DatePickers.impossible("1988-13-14", "yyyy-MM-dd"))
                .contains("A year has 12 months, so 13 can't be the month: check the year, month and day");
        assertThat(DatePickers.impossible("2/29/2024", "M/d/yyyy"))
                .as("a leap day")
                .isEmpty();
        assertThat(DatePickers.impossible("yesterday", "dd/MM/yyyy"))
                .as("not three numbers")
                .isEmpty();
    }

    /**
     * Real use: 05171990 and 1990, typed on a phone's number pad, were answered "We can't read that as a date".
     * Digits alone are read in the locale's order, and the message shows both ways to type a date there.
     */
    @Test
    void a_date_typed_as_digits_alone_is_explained_with_the_locales_order_and_an_example() {
        assertThat(DatePickers.impossible("05171990", "dd/MM/yyyy"))
                .as("in the UK the digits are day, month, year: 17 is no month")
                .contains("A year has 12 months, so 17 can't be the month: check the day, month and year");
        assertThat(DatePickers.impossible("02301990", "M/d/yyyy"))
                .contains("February 1990 has 28 days, so there is no day 30: check the day");
        assertThat(DatePickers.impossible("1990", "M/d/yyyy"))
                .contains("1990 is not a whole date. Type the month, day and year in 8 digits, like 03141988, "
                        + "or like 3/14/1988");
        assertThat(DatePickers.impossible(" 1990 ", "dd/MM/yyyy"))
                .contains("1990 is not a whole date. Type the day, month and year in 8 digits, like 14031988, "
                        + "or like 14/03/1988");
        assertThat(DatePickers.fromDigits("05171990", "M/d/yyyy"))
                .as("where the month comes first, the same digits are a date")
                .contains(java.time.LocalDate.of(1990, 5, 17));
        assertThat(DatePickers.fromDigits("05171990", "dd/MM/yyyy")).isEmpty();
        assertThat(DatePickers.impossible("051719", "dd.MM.yyyy"))
                .contains("051719 is not a whole date. Type the day, month and year in 8 digits, like 14031988, "
                        + "or like 14.03.1988");
    }
}
