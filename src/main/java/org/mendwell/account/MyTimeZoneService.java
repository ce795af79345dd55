package org.mendwell.account;

import java.time.ZoneId;
import java.util.Optional;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.shared.time.ViewerTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinician's or administrator's own time zone, in which the portal shows them every time. Clients
 * give theirs in the intake, where it also sets when their exercises are due, so they have no setting here.
 */
@Service
@Transactional
@PreAuthorize(Roles.IS_CLINICIAN + " or " + Roles.IS_ADMIN)
public class MyTimeZoneService {

    static final String CHOOSE_FROM_LIST = "account.refusal.time-zone-from-list";

    private final AccountRepository accounts;
    private final CurrentUser currentUser;

    MyTimeZoneService(AccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** The zone the signed-in staff member chose; empty until they choose one. */
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SELF)
    public Optional<ZoneId> chosen() {
        return ViewerTime.known(me().getTimeZone());
    }

    /** Keeps the zone for the signed-in staff member; a zone Java does not know is refused next to the field. */
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public ZoneId choose(String zoneId) {
        ZoneId zone = ViewerTime.known(zoneId.strip())
                .orElseThrow(() -> InvalidInputException.of("timeZone", Messages.ofPage(CHOOSE_FROM_LIST)));
        me().setTimeZone(zone.getId());
        return zone;
    }

    private Account me() {
        return accounts.findById(currentUser.require().accountId())
                .orElseThrow(() -> new RecordNotFoundException("Account"));
    }
}
