package org.mendwell.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.Locale;

/**
 * Marks an exercise's own words (its title, introduction and questions, whose language its version records) with
 * their language when the page is in another one, so that a screen reader switches voice: an English questionnaire
 * on a Spanish page is read in English. Only texts whose language we know: never what a person wrote.
 */
public final class ContentLanguage {

    /** Stands for the exercise's words in a sentence from the bundles, until they are put in as their own element. */
    private static final String PLACE = "\uE000";

    private ContentLanguage() {}

    /** Whether the version's language differs from the page's. */
    public static boolean differs(String language, Locale page) {
        return !language.equals(page.getLanguage());
    }

    /** Sets {@code lang} on each component when the exercise's language is not the page's. */
    public static void mark(String language, Locale page, Component... components) {
        for (Component component : components) {
            mark(language, page, component.getElement());
        }
    }

    /** Sets {@code lang} on the element when the exercise's language is not the page's. */
    public static void mark(String language, Locale page, Element element) {
        if (differs(language, page)) {
            element.setAttribute("lang", language);
        }
    }

    /**
     * Puts a page sentence from the bundles into {@code container} with the exercise's words in it as their own
     * element, marked with their language: "Sobre «<span lang="en">Daily check-in</span>», 3 de noviembre:".
     *
     * @param key       the sentence's message key; its first argument is the exercise's words
     * @param words     the exercise's words (a title, a question)
     * @param arguments the sentence's other arguments, from {1} on
     */
    public static <C extends Component & HasComponents> C sentence(
            C container, String key, String words, String language, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = PLACE;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        String sentence = container.getTranslation(key, all);
        int at = sentence.indexOf(PLACE);
        if (at < 0) {
            container.add(new Text(container.getTranslation(key, withWords(words, arguments))));
            return container;
        }
        var part = new Span(words);
        mark(language, pageLocale(), part);
        if (at > 0) {
            container.add(new Text(sentence.substring(0, at)));
        }
        container.add(part);
        if (at + PLACE.length() < sentence.length()) {
            container.add(new Text(sentence.substring(at + PLACE.length())));
        }
        return container;
    }

    /** The locale of the page being built. */
    public static Locale pageLocale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    private static Object[] withWords(String words, Object[] arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = words;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return all;
    }
}
