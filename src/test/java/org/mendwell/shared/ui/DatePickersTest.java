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
}
