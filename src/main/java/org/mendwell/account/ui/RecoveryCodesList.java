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
        add(new Paragraph(getTranslation("account.recovery-codes.intro")), list);
    }
}
