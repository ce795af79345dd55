package org.mendwell.triggers.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.List;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.triggers.MyTriggerLogService;

/**
 * The neutral notice a partner's "I need reassurance" leaves: when, and nothing of the log behind it. Shown on the
 * client's start page, where a partner who keeps no log of their own will see it, and on the hard moments page.
 */
final class ReassuranceNotices {

    private ReassuranceNotices() {}

    static Component of(MyTriggerLogService triggerLog, PersonalTime time) {
        List<Instant> notices = triggerLog.myReassuranceNotices();
        var box = new Div();
        box.addClassName("mw-reassurance-notice");
        if (notices.isEmpty()) {
            box.setVisible(false);
            return box;
        }
        box.getElement().setAttribute("role", "status");
        box.add(new Paragraph(box.getTranslation(
                "triggers.notice.text", time.day(notices.getFirst()), time.time(notices.getFirst()))));
        box.add(new Button(box.getTranslation("triggers.notice.seen"), click -> {
            triggerLog.reassuranceNoticesSeen();
            box.setVisible(false);
        }));
        return box;
    }
}
