package org.mendwell.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A calm page in place of one that cannot be shown: a heading, one sentence and a link to the person's own start
 * page (the root address forwards each role to theirs). The texts are {@code <keys>.title}, {@code .heading} and
 * {@code .text}.
 */
abstract class MessagePage extends Main implements TranslatedTitle {

    private final String keys;

    MessagePage(String keys) {
        this.keys = keys;
        addClassName("mw-message-page");
        add(
                new H1(getTranslation(keys + ".heading")),
                new Paragraph(getTranslation(keys + ".text")),
                new Anchor("", getTranslation("shared.home-link")));
    }

    @Override
    public String titleKey() {
        return keys + ".title";
    }
}
