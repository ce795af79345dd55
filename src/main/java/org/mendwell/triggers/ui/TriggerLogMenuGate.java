package org.mendwell.triggers.ui;

import org.mendwell.shared.ui.MenuGate;
import org.mendwell.triggers.MyTriggerLogService;
import org.springframework.stereotype.Component;

/**
 * "Hard moments" is listed only for a client whose clinician turned the log on for them. Opened by its address
 * when it is off, the page still says so.
 */
@Component
class TriggerLogMenuGate implements MenuGate {

    private final MyTriggerLogService triggerLog;

    TriggerLogMenuGate(MyTriggerLogService triggerLog) {
        this.triggerLog = triggerLog;
    }

    @Override
    public String path() {
        return "my/hard-moments";
    }

    @Override
    public boolean listed() {
        return triggerLog.myTriggerLogInUse();
    }
}
