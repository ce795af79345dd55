package org.mendwell.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mendwell.support.MendwellTest;

/**
 * A date picker follows the page's language and the reader's region, as the dates written on the page do
 * ({@code PersonalTime}), not the browser's own locale: a Spanish page in an en-US browser asks for the day first.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
class DatePickersOnThePageTest extends SpringBrowserlessTest {

    private static void theBrowserAsksFor(Locale locale) {
        ServletRequest request = (VaadinServletRequest) VaadinRequest.getCurrent();
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        var mock = (MockRequest) request;
        mock.getHeaders().put("Accept-Language", List.of(locale.toLanguageTag()));
        mock.setLocaleInt(locale);
    }

    @Test
    void a_spanish_page_in_an_american_browser_asks_for_the_day_first() {
        theBrowserAsksFor(Locale.US);
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        var dateOfBirth = new DatePicker();

        var i18n = DatePickers.localiseForTyping(dateOfBirth);

        assertThat(i18n.getDateFormats().getFirst()).isEqualTo("d/M/yyyy");
        assertThat(dateOfBirth.getHelperText()).startsWith("Día, mes y año");
        assertThat(DatePickers.format(LocalDate.of(1988, 3, 14), dateOfBirth)).isEqualTo("14/3/1988");
        assertThat(DatePickers.read("5/11/1990", dateOfBirth)).contains(LocalDate.of(1990, 11, 5));
        // The calendar it opens speaks the page's language too.
        assertThat(i18n.getMonthNames().get(11)).isEqualTo("diciembre");
        assertThat(i18n.getWeekdaysShort()).startsWith("dom", "lun");
        assertThat(i18n.getToday()).isEqualTo("Hoy");
        assertThat(i18n.getCancel()).isEqualTo("Cancelar");
    }

    @Test
    void an_english_page_for_an_american_reader_asks_for_the_month_first() {
        theBrowserAsksFor(Locale.US);
        UI.getCurrent().setLocale(Locale.US);
        var dateOfBirth = new DatePicker();

        var i18n = DatePickers.localiseForTyping(dateOfBirth);

        assertThat(i18n.getDateFormats().getFirst()).isEqualTo("M/d/yyyy");
        assertThat(DatePickers.format(LocalDate.of(1988, 3, 14), dateOfBirth)).isEqualTo("3/14/1988");
    }

    @Test
    void a_mexican_spanish_page_in_an_american_browser_keeps_the_mexican_order() {
        theBrowserAsksFor(Locale.US);
        UI.getCurrent().setLocale(Locale.forLanguageTag("es-MX"));
        var picker = new DatePicker();

        var i18n = DatePickers.localise(picker);

        assertThat(i18n.getDateFormats().getFirst()).isEqualTo("dd/MM/yyyy");
        assertThat(i18n.getBadInputErrorMessage()).isEqualTo("Escriba la fecha así: 14/03/1988");
    }
}
