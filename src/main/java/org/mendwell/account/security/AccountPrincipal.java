package org.mendwell.account.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.Role;
import org.mendwell.account.SignedInUser;
import org.mendwell.account.domain.Account;
import org.mendwell.shared.PersonNamed;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security keeps it in the session; the hash is erased after log-in. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, PersonNamed {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final String email;
    private final String displayName;
    private final Role role;
    /** Decided at log-in: active, not locked and with a password. Not derived later, because the hash is erased. */
    private final boolean enabled;

    private @Nullable String passwordHash;

    AccountPrincipal(Account account) {
        this.accountId = account.getId();
        this.email = account.getEmail();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.enabled = account.isActive() && !account.isLocked() && account.getPasswordHash() != null;
        this.passwordHash = account.getPasswordHash();
    }

    public SignedInUser toSignedInUser() {
        return new SignedInUser(accountId, email, displayName, role);
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
