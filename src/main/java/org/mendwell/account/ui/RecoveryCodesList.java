package org.mendwell.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The recovery codes, shown once, with what they are for. */
final class RecoveryCodesList extends Div {

    RecoveryCodesList(List<String> codes) {
        var list = new UnorderedList();
        list.setId("recovery-codes");
        list.addClassName("mw-recovery-codes");
        codes.forEach(code -> list.add(new ListItem(code)));
        add(
                new Paragraph(
                        "Your recovery codes. Each works once, instead of a code from the app, if you lose your "
                                + "phone. Keep them somewhere safe, such as a password manager: this is the only time they are shown."),
                list);
    }
}
