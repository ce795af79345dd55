package org.mendwell.triggers.ui;

import com.vaadin.flow.component.Component;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.ui.StartPageNotice;
import org.mendwell.triggers.MyTriggerLogService;

/** The partner's "I need reassurance" on the start page, where they see it even if they keep no log: when, nothing more. */
@org.springframework.stereotype.Component
class ReassuranceStartPageNotice implements StartPageNotice {

    private final MyTriggerLogService triggerLog;

    ReassuranceStartPageNotice(MyTriggerLogService triggerLog) {
        this.triggerLog = triggerLog;
    }

    @Override
    public Component notice(PersonalTime time) {
        return ReassuranceNotices.of(triggerLog, time);
    }
}
