package org.mendwell.account;

import java.util.Comparator;
import java.util.List;
import org.mendwell.account.domain.AccountRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinicians the reminder job may send a digest to. The job runs with nobody signed in, so it
 * cannot use {@link AccountService}, which is for the administrator. Not meant for views.
 */
@Component
@Transactional(readOnly = true)
public class CliniciansForReminders {

    private final AccountRepository accounts;

    CliniciansForReminders(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Clinicians whose accounts are active. */
    public List<DigestRecipient> active() {
        return accounts.findByRoleIn(List.of(Role.CLINICIAN)).stream()
                .filter(account -> account.isActive())
                .sorted(Comparator.comparing(account -> account.getId()))
                .map(account -> new DigestRecipient(account.getId(), account.getDisplayName(), account.getEmail()))
                .toList();
    }
}
