package org.mendwell.account;

import java.time.ZoneId;
import java.util.Optional;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.shared.time.OwnTimeZone;
import org.mendwell.shared.time.ViewerTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The zone a staff member chose on their account page, for every page they open (through
 * {@link ViewerTime}). Reads the signed-in person's own account only, so it needs no audited service
 * call on every page.
 */
@Component
@Transactional(readOnly = true)
class StaffTimeZones implements OwnTimeZone {

    private final AccountRepository accounts;
    private final CurrentUser currentUser;

    StaffTimeZones(AccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<ZoneId> ofSignedInPerson() {
        return currentUser
                .find()
                .filter(user -> !user.is(Role.CLIENT))
                .flatMap(user -> accounts.findById(user.accountId()))
                .flatMap(account -> ViewerTime.known(account.getTimeZone()));
    }
}
