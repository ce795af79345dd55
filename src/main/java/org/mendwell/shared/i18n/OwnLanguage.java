package org.mendwell.shared.i18n;

import java.util.Optional;

/**
 * A feature that knows the language the signed-in person chose (the account does). {@link ViewerLanguage}
 * asks it, so this module does not depend on the account.
 */
public interface OwnLanguage {

    /** The signed-in person's chosen language; empty when nobody is signed in or they have not chosen. */
    Optional<Language> ofSignedInPerson();
}
