package org.mendwell.homework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import org.mendwell.homework.Comment;
import org.mendwell.shared.time.PersonalTime;

/** The conversation under a submission, oldest first; the same for the client and the clinician. */
final class CommentThread {

    private CommentThread() {}

    static Component of(List<Comment> comments, PersonalTime time) {
        var list = new UnorderedList();
        list.addClassName("mw-thread");
        for (Comment comment : comments) {
            var who = new Span(comment.author() + " · " + time.dateTime(comment.at()));
            who.addClassName("mw-thread-author");
            var body = new Paragraph(comment.body());
            var item = new ListItem(new Div(who, body));
            item.addClassName(comment.fromClinician() ? "mw-thread-clinician" : "mw-thread-client");
            list.add(item);
        }
        return list;
    }

    /** The newest comment of a thread made by {@link #of}: what was just sent. */
    static Optional<Component> newest(Component thread) {
        return thread.getChildren().reduce((earlier, later) -> later);
    }
}
