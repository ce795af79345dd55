package org.mendwell.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.server.VaadinRequest;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.Locale;

/**
 * One date format family per locale for every date picker: the locale's own order of day, month
 * and year (14/03/1988, 3/14/1988, 14.03.1988), shown with a four-digit year, and typed with or
 * without leading zeros or with a two-digit year. Typing a date on a phone then works the way the
 * person writes dates.
 */
public final class DatePickers {

    private DatePickers() {
    }

    /** Formats the picker in its locale's order; further settings go on the returned i18n, then set it again. */
    public static DatePickerI18n localise(DatePicker picker) {
        var i18n = i18n(localeOf(picker));
        picker.setI18n(i18n);
        return i18n;
    }

    /**
     * The person's own locale, as their browser states it: the application has no locale setting of its
     * own yet, so the UI's locale would be the server's.
     */
    private static Locale localeOf(DatePicker picker) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getHeader("Accept-Language") != null) {
            return request.getLocale();
        }
        return picker.getLocale() == null ? Locale.getDefault() : picker.getLocale();
    }

    /** The date formats of a locale, for a picker's i18n. */
    public static DatePickerI18n i18n(Locale locale) {
        String full = pattern(locale);
        var parse = new LinkedHashSet<String>();
        parse.add(full.replace("dd", "d").replace("MM", "M"));
        parse.add(full.replace("dd", "d").replace("MM", "M").replace("yyyy", "yy"));
        parse.remove(full);
        return new DatePickerI18n().setDateFormats(full, parse.toArray(String[]::new))
                .setBadInputErrorMessage("Enter the date like " + example(full));
    }

    /** The locale's short date pattern with a four-digit year, in the tokens the picker understands. */
    public static String pattern(Locale locale) {
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        String pattern = shortPattern.replaceAll("y+", "yyyy").replaceAll("[^dMy/.\\- ]", "").strip();
        return pattern.contains("d") && pattern.contains("M") && pattern.contains("yyyy") ? pattern : "yyyy-MM-dd";
    }

    /** The 14th of March 1988 written in the pattern: a date whose day cannot be mistaken for the month. */
    private static String example(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(LocalDate.of(1988, 3, 14));
    }
}
