package org.mendwell.support;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The six people the access matrices (routes and services) try every door with: Robin is a client of
 * the first clinician, Casey of the second. {@link SignIn#as(Visitor)} makes one of them the caller.
 */
public enum Visitor {
    ANONYMOUS(null),
    CLIENT(Demo.CLIENT),
    OTHER_CLIENT(Demo.CLIENT_2),
    CLINICIAN(Demo.CLINICIAN),
    OTHER_CLINICIAN(Demo.CLINICIAN_2),
    ADMIN(Demo.ADMIN);

    public static final Set<Visitor> EVERYONE = EnumSet.allOf(Visitor.class);
    public static final Set<Visitor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    public static final Set<Visitor> CLIENTS = EnumSet.of(CLIENT, OTHER_CLIENT);
    public static final Set<Visitor> CLINICIANS = EnumSet.of(CLINICIAN, OTHER_CLINICIAN);
    public static final Set<Visitor> ADMINS = EnumSet.of(ADMIN);
    public static final Set<Visitor> NOBODY = EnumSet.noneOf(Visitor.class);

    /** Their log-in; none for the visitor who is not signed in. */
    public final @Nullable String email;

    Visitor(@Nullable String email) {
        this.email = email;
    }
}
