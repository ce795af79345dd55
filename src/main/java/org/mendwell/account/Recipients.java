package org.mendwell.account;

import java.util.Locale;
import org.mendwell.account.domain.Account;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.springframework.stereotype.Component;

/**
 * Whom an account e-mail goes to, in their own words and clock: the language they chose (else the practice's)
 * and their time zone (else the practice's), never the server's or the sender's.
 */
@Component
class Recipients {

    private final ViewerLanguage viewerLanguage;
    private final ViewerTime time;

    Recipients(ViewerLanguage viewerLanguage, ViewerTime time) {
        this.viewerLanguage = viewerLanguage;
        this.time = time;
    }

    Recipient of(Account account) {
        Locale locale = viewerLanguage.recipientLocale(Language.ofCode(account.getLanguage()));
        return new Recipient(
                account.getEmail(),
                account.getDisplayName(),
                locale,
                time.ofRecipient(ViewerTime.known(account.getTimeZone()).orElse(null), locale));
    }

    /** The same person at another address (the old one, told of a change to it). */
    Recipient of(Account account, String address) {
        Recipient owner = of(account);
        return new Recipient(address, owner.name(), owner.locale(), owner.time());
    }

    record Recipient(String email, String name, Locale locale, PersonalTime time) {}
}
