package org.mendwell.account;

import java.util.UUID;

/** The person behind the current request, as services see them. */
public record SignedInUser(UUID accountId, String email, String displayName, Role role) {

    public boolean is(Role expected) {
        return role == expected;
    }
}
