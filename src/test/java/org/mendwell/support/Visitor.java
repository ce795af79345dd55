package org.mendwell.support;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The eight people the access matrices (routes and services) try every door with: Robin is a client of
 * the first clinician, Jonas her partner, Hana a client of the same clinician in another couple (the
 * matrices link her with Samuel, see {@link AnotherCouple}), Casey a client of the second clinician.
 * {@link SignIn#as(Visitor)} makes one of them the caller.
 */
public enum Visitor {
    ANONYMOUS(null),
    CLIENT(Demo.CLIENT),
    /** Robin's partner: sees what she shares with him, and never anything about her safety. */
    PARTNER(Demo.JONAS),
    /** One of another couple of Robin's clinician: a client like any other to Robin's records. */
    OTHER_COUPLE(Demo.HANA),
    OTHER_CLIENT(Demo.CLIENT_2),
    CLINICIAN(Demo.CLINICIAN),
    OTHER_CLINICIAN(Demo.CLINICIAN_2),
    ADMIN(Demo.ADMIN);

    public static final Set<Visitor> EVERYONE = EnumSet.allOf(Visitor.class);
    public static final Set<Visitor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    public static final Set<Visitor> CLIENTS = EnumSet.of(CLIENT, PARTNER, OTHER_COUPLE, OTHER_CLIENT);
    public static final Set<Visitor> CLINICIANS = EnumSet.of(CLINICIAN, OTHER_CLINICIAN);
    public static final Set<Visitor> ADMINS = EnumSet.of(ADMIN);
    public static final Set<Visitor> NOBODY = EnumSet.noneOf(Visitor.class);

    /** Their log-in; none for the visitor who is not signed in. */
    public final @Nullable String email;

    Visitor(@Nullable String email) {
        this.email = email;
    }
}
