package org.mendwell.account;

import org.mendwell.account.domain.PracticeSetting;
import org.mendwell.account.domain.PracticeSettingRepository;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.audit.NotAudited;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The practice's sign-in rules that an administrator sets: whether staff must use an authenticator app. */
@Service
@Transactional
public class PracticeSecurity {

    static final String STAFF_MFA_REQUIRED = "staff-mfa-required";

    private final PracticeSettingRepository settings;

    PracticeSecurity(PracticeSettingRepository settings) {
        this.settings = settings;
    }

    /** Read at every staff sign-in, before anyone is signed in. */
    @Transactional(readOnly = true)
    @NotAudited("a practice setting read at every sign-in")
    public boolean staffMfaRequired() {
        return settings.findById(STAFF_MFA_REQUIRED)
                .map(s -> Boolean.parseBoolean(s.getValue()))
                .orElse(false);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Audited(value = Access.CHANGE, record = Subject.SETTING)
    public void requireStaffMfa(boolean required) {
        settings.findById(STAFF_MFA_REQUIRED)
                .orElseGet(() -> settings.save(new PracticeSetting(STAFF_MFA_REQUIRED, "false")))
                .setValue(Boolean.toString(required));
    }
}
