package org.mendwell.letters.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.mendwell.letters.LetterMessage;
import org.mendwell.shared.time.PersonalTime;

/** A released letter's words and the replies under it, oldest first, each with who wrote it and when. */
final class Replies {

    private Replies() {}

    /** A letter's words as written: line breaks kept, set apart from the page around them. */
    static Component letterBody(String body) {
        var words = new com.vaadin.flow.component.html.Div(new Paragraph(body));
        words.addClassName("mw-letter-body");
        return words;
    }

    static Component of(Component page, List<LetterMessage> replies, PersonalTime time) {
        var list = new UnorderedList();
        list.addClassName("mw-letter-replies");
        for (LetterMessage reply : replies) {
            String who = reply.mine() ? page.getTranslation("letters.replies.you") : reply.authorName();
            list.add(new ListItem(
                    new Paragraph(page.getTranslation("letters.replies.byline", who, time.dateTime(reply.writtenAt()))),
                    new Paragraph(reply.body())));
        }
        var section = new Section(new H3(page.getTranslation("letters.replies.heading")), list);
        section.addClassName("mw-section");
        return section;
    }
}
