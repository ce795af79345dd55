package org.mendwell.homework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.Locale;

/**
 * Marks an exercise's own words (its title, introduction and questions, whose language its version records) with
 * their language when the page is in another one, so that a screen reader switches voice: an English questionnaire
 * on a Spanish page is read in English. Only texts whose language we know: never what a person wrote.
 */
final class ContentLanguage {

    private ContentLanguage() {}

    /** Whether the version's language differs from the page's. */
    static boolean differs(String language, Locale page) {
        return !language.equals(page.getLanguage());
    }

    /** Sets {@code lang} on each component when the exercise's language is not the page's. */
    static void mark(String language, Locale page, Component... components) {
        for (Component component : components) {
            mark(language, page, component.getElement());
        }
    }

    /** Sets {@code lang} on the element when the exercise's language is not the page's. */
    static void mark(String language, Locale page, Element element) {
        if (differs(language, page)) {
            element.setAttribute("lang", language);
        }
    }
}
