package org.mendwell.account;

import java.util.Optional;
import java.util.UUID;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.i18n.OwnLanguage;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language a person chose on their account: for every page they open (through {@link ViewerLanguage}) and
 * for e-mails to them. Reads the signed-in person's own account, or the language of a recipient a service is
 * already writing to, so it needs no audited call on every page.
 */
@Component
@Transactional(readOnly = true)
public class AccountLanguages implements OwnLanguage {

    private final AccountRepository accounts;
    private final CurrentUser currentUser;

    AccountLanguages(AccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Language> ofSignedInPerson() {
        return currentUser.find().flatMap(user -> of(user.accountId()));
    }

    /** The language this account chose, for writing to them; empty until they choose. */
    public Optional<Language> of(UUID accountId) {
        return accounts.findById(accountId).flatMap(account -> Language.ofCode(account.getLanguage()));
    }
}
