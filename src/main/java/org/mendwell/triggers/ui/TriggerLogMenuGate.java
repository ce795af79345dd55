package org.mendwell.triggers.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.mendwell.account.Roles;
import org.mendwell.shared.ui.MenuGate;
import org.mendwell.triggers.MyTriggerLogService;
import org.springframework.stereotype.Component;

/**
 * "Hard moments" is listed for a client whose clinician turned the log on for them, and for the partner of one
 * whose clinician allows the reassurance signal (the page is where the partner opts in to it). Opened by its
 * address otherwise, the page says the log is off.
 */
@Component
class TriggerLogMenuGate implements MenuGate {

    private final MyTriggerLogService triggerLog;
    private final AuthenticationContext authentication;

    TriggerLogMenuGate(MyTriggerLogService triggerLog, AuthenticationContext authentication) {
        this.triggerLog = triggerLog;
        this.authentication = authentication;
    }

    @Override
    public String path() {
        return "my/hard-moments";
    }

    @Override
    public boolean listed() {
        // Only a client is asked: a layout kept across a change of who is signed in (as in a test) must not ask the
        // client's service on a clinician's behalf.
        return authentication.hasRole(Roles.CLIENT) && triggerLog.hardMomentsForMe();
    }
}
