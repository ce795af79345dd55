package org.mendwell.account;

import java.util.Optional;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.i18n.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own language, for the portal's pages and the e-mails sent to them. */
@Service
@Transactional
@PreAuthorize(Roles.IS_CLINICIAN + " or " + Roles.IS_ADMIN + " or " + Roles.IS_CLIENT)
public class MyLanguageService {

    private final AccountRepository accounts;
    private final CurrentUser currentUser;

    MyLanguageService(AccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** The language the signed-in person chose; empty until they choose one. */
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SELF)
    public Optional<Language> chosen() {
        return Language.ofCode(me().getLanguage());
    }

    /** Keeps the language for the signed-in person. */
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public Language choose(Language language) {
        me().setLanguage(language.code());
        return language;
    }

    private Account me() {
        return accounts.findById(currentUser.require().accountId())
                .orElseThrow(() -> new RecordNotFoundException("Account"));
    }
}
