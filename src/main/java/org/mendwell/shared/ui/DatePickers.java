package org.mendwell.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.data.binder.Result;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.mendwell.shared.i18n.Messages;

/**
 * One date format family per locale for every date picker: the locale's own order of day, month
 * and year (14/03/1988, 3/14/1988, 14.03.1988), shown with a four-digit year, and typed with or
 * without leading zeros or with a two-digit year. Typing a date on a phone then works the way the
 * person writes dates.
 */
public final class DatePickers {

    private DatePickers() {}

    /** Formats the picker in its locale's order; further settings go on the returned i18n, then set it again. */
    public static DatePickerI18n localise(DatePicker picker) {
        var i18n = i18n(localeOf(picker));
        picker.setI18n(i18n);
        return i18n;
    }

    /**
     * For a date people type rather than pick, such as a date of birth, also on a touch phone. A phone's
     * picker otherwise opens a full-screen calendar at the first touch and will not take typing; here
     * the field takes typing (the calendar opens from its button), the phone shows its number keys,
     * and the date can be typed as digits only (14031988), since a number pad may have no "/" or ".".
     * The helper text gives the order of day, month and year. Further settings go on the returned
     * i18n, then set it again.
     */
    public static DatePickerI18n localiseForTyping(DatePicker picker) {
        Locale locale = localeOf(picker);
        String full = pattern(locale);
        var formats = new ArrayList<>(i18n(locale).getDateFormats());
        formats.add(digitsOnly(full));
        String unreadable = Messages.ofPage("shared.date.unreadable", order(full), example(full));
        var i18n = i18n(locale)
                .setDateFormats(
                        formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new))
                .setBadInputErrorMessage(unreadable);
        picker.setI18n(i18n);
        // What the browser could not read comes here: say what is wrong with a date that does not exist.
        picker.setFallbackParser(typed -> fromDigits(typed, full)
                .map(Result::ok)
                .orElseGet(() -> Result.error(impossible(typed, full).orElse(unreadable))));
        picker.setAutoOpen(false);
        picker.setHelperText(Messages.ofPage("shared.date.helper", capitalised(order(full)), example(full)));
        // The picker sets the input's mode itself ("" on a touch or a blur, "none" while its calendar
        // closes, to keep the keyboard down); after each of those, "" becomes the number keys.
        picker.addAttachListener(attach -> picker.getElement().executeJs("""
                const numeric = () => {
                    if (this.inputElement && this.inputElement.inputMode !== 'none') {
                        this.inputElement.inputMode = 'numeric';
                    }
                };
                ['touchstart', 'blur', 'opened-changed'].forEach(type => this.addEventListener(type, numeric));
                numeric();"""));
        return i18n;
    }

    /**
     * Why three numbers typed in the pattern's order are not a date: a 13th month, or a day the month
     * does not have (31 April, 29 February 2023). Empty when the text is not three numbers.
     */
    static Optional<String> impossible(String typed, String pattern) {
        String text = typed.strip();
        if (text.matches("\\d+")) {
            return Optional.of(digitsOnlyProblem(text, pattern));
        }
        String[] numbers = text.split("\\D+");
        if (numbers.length != 3 || Arrays.stream(numbers).anyMatch(number -> number.isEmpty() || number.length() > 4)) {
            return Optional.empty();
        }
        return impossible(numbers, pattern);
    }

    /**
     * What is wrong with a date typed as digits alone, as a phone's number pad types it: eight digits in the
     * locale's order whose month or day does not exist are explained as such; anything else (a year alone,
     * too few or too many digits) is told the order with an example of both ways to type it.
     */
    private static String digitsOnlyProblem(String digits, String pattern) {
        if (digits.length() == 8) {
            Optional<String> impossible = impossible(eightDigits(digits, pattern), pattern);
            if (impossible.isPresent()) {
                return impossible.get();
            }
        }
        return Messages.ofPage(
                "shared.date.digits-only",
                digits,
                order(pattern),
                DateTimeFormatter.ofPattern(digitsOnly(pattern), Locale.ROOT).format(LocalDate.of(1988, 3, 14)),
                example(pattern));
    }

    /**
     * A date as the picker would read it from this text, in any of its formats (not the two-digit years,
     * whose century is the browser's to choose), or as eight digits: for a text typed earlier and kept.
     */
    public static Optional<LocalDate> read(String typed, DatePicker picker) {
        String pattern = pattern(localeOf(picker));
        var formats = new ArrayList<String>();
        formats.add(pattern);
        formats.addAll(i18n(localeOf(picker)).getDateFormats());
        for (String format : formats) {
            if (format.contains("yyyy")) {
                try {
                    return Optional.of(LocalDate.parse(
                            typed.strip(),
                            DateTimeFormatter.ofPattern(format.replace("yyyy", "uuuu"), Locale.ROOT)
                                    .withResolverStyle(java.time.format.ResolverStyle.STRICT)));
                } catch (java.time.format.DateTimeParseException notThisOne) {
                    // the next format
                }
            }
        }
        return fromDigits(typed, pattern);
    }

    /** A date as the picker shows it, in its locale's order with a four-digit year. */
    public static String format(LocalDate date, DatePicker picker) {
        return DateTimeFormatter.ofPattern(pattern(localeOf(picker)).replace("yyyy", "uuuu"), Locale.ROOT)
                .format(date);
    }

    /**
     * A date typed as eight digits in the locale's order, read on the server where the browser's picker did
     * not read it itself: 05171990 is 17 May 1990 where the month comes first.
     */
    static Optional<LocalDate> fromDigits(String typed, String pattern) {
        String digits = typed.strip();
        if (!digits.matches("\\d{8}")
                || impossible(eightDigits(digits, pattern), pattern).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.parse(
                digits, DateTimeFormatter.ofPattern(digitsOnly(pattern).replace("yyyy", "uuuu"), Locale.ROOT)));
    }

    /** Eight digits split into the pattern's three numbers, in the pattern's order. */
    private static String[] eightDigits(String digits, String pattern) {
        String parts = digitsOnly(pattern);
        List<Character> order = inOrder(pattern);
        String[] numbers = new String[3];
        for (char part : order) {
            int from = parts.indexOf(part == 'y' ? "yyyy" : String.valueOf(part).repeat(2));
            numbers[order.indexOf(part)] = digits.substring(from, from + (part == 'y' ? 4 : 2));
        }
        return numbers;
    }

    /** Why three numbers, in the pattern's order, are not a date; empty when they might be one. */
    private static Optional<String> impossible(String[] numbers, String pattern) {
        int[] at = {pattern.indexOf('d'), pattern.indexOf('M'), pattern.indexOf('y')};
        int[] rank = new int[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                rank[i] += at[j] < at[i] ? 1 : 0;
            }
        }
        int day = Integer.parseInt(numbers[rank[0]]);
        int month = Integer.parseInt(numbers[rank[1]]);
        int year = Integer.parseInt(numbers[rank[2]]);
        if (month < 1 || month > 12) {
            return Optional.of(Messages.ofPage("shared.date.no-such-month", month, order(pattern)));
        }
        if (numbers[rank[2]].length() != 4) {
            return Optional.empty(); // a two-digit year: its century is the browser's to choose
        }
        var yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            Locale language =
                    UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
            return Optional.of(Messages.ofPage(
                    "shared.date.no-such-day",
                    yearMonth.format(DateTimeFormatter.ofPattern("MMMM uuuu", language)), // the same in every language
                    yearMonth.lengthOfMonth(),
                    day));
        }
        return Optional.empty();
    }

    /** The day, month and year of a pattern in its order, as words in the page's language: "day, month and year". */
    public static String order(String pattern) {
        List<String> words = inOrder(pattern).stream()
                .map(part -> Messages.ofPage(
                        part == 'd' ? "shared.date.day" : part == 'M' ? "shared.date.month" : "shared.date.year"))
                .toList();
        return Messages.ofPage("shared.date.order", words.get(0), words.get(1), words.get(2));
    }

    /** The pattern with two-digit day and month and no separators: 14031988 for dd/MM/yyyy. */
    public static String digitsOnly(String pattern) {
        var digits = new StringBuilder();
        for (char part : inOrder(pattern)) {
            digits.append(part == 'd' ? "dd" : part == 'M' ? "MM" : "yyyy");
        }
        return digits.toString();
    }

    /** The letters d, M and y in the order the pattern has them. */
    private static List<Character> inOrder(String pattern) {
        List<Character> parts = new ArrayList<>(List.of('d', 'M', 'y'));
        parts.sort(Comparator.comparingInt(pattern::indexOf));
        return parts;
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /**
     * The page's locale: the reader's language with their region where known ({@code PageLanguage} sets it from
     * {@code ViewerLanguage}), the one {@code PersonalTime} writes dates in. Not the browser's own: a Spanish page
     * in an en-US browser asks for day, month and year, as the dates written on it read.
     */
    private static Locale localeOf(DatePicker picker) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            return ui.getLocale();
        }
        return picker.getLocale() == null ? Locale.ENGLISH : picker.getLocale();
    }

    /** The date formats of a locale, for a picker's i18n. */
    public static DatePickerI18n i18n(Locale locale) {
        String full = pattern(locale);
        var parse = new LinkedHashSet<String>();
        parse.add(full.replace("dd", "d").replace("MM", "M"));
        parse.add(full.replace("dd", "d").replace("MM", "M").replace("yyyy", "yy"));
        parse.remove(full);
        return new DatePickerI18n()
                .setDateFormats(full, parse.toArray(String[]::new))
                .setBadInputErrorMessage(Messages.ofPage("shared.date.bad-input", example(full)))
                // The calendar in the page's language too: it showed "December", "Sun Mon" and "Today" on Spanish
                // pages in an English browser. The picker counts weekdays from Sunday.
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdays(fromSunday(locale, TextStyle.FULL))
                .setWeekdaysShort(fromSunday(locale, TextStyle.SHORT))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(Messages.in(locale, "shared.date.today"))
                .setCancel(Messages.in(locale, "shared.date.cancel"));
    }

    private static List<String> fromSunday(Locale locale, TextStyle style) {
        return IntStream.range(0, 7)
                .mapToObj(day -> DayOfWeek.SUNDAY.plus(day).getDisplayName(style, locale))
                .toList();
    }

    /** The locale's short date pattern with a four-digit year, in the tokens the picker understands. */
    public static String pattern(Locale locale) {
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        String pattern = shortPattern
                .replaceAll("y+", "yyyy")
                .replaceAll("[^dMy/.\\- ]", "") // the same in every language
                .strip();
        return pattern.contains("d") && pattern.contains("M") && pattern.contains("yyyy") ? pattern : "yyyy-MM-dd";
    }

    /** The 14th of March 1988 written in the pattern: a date whose day cannot be mistaken for the month. */
    private static String example(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(LocalDate.of(1988, 3, 14));
    }
}
