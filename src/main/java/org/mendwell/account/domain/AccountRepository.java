package org.mendwell.account.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mendwell.account.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByRole(Role role);

    Page<Account> findByRole(Role role, Pageable pageable);

    List<Account> findByRoleIn(List<Role> roles);

    List<Account> findByEmailEndingWith(String suffix);

    /** The session epoch of an account that may still be signed in to; empty when it was deactivated, locked or removed. */
    @Query("select a.sessionEpoch from Account a where a.id = :id and a.active = true and a.lockedAt is null")
    Optional<Integer> activeSessionEpoch(UUID id);

    /**
     * Notes the first sign-in, once. A bulk update, so that the account's version stays and a change the
     * owner is making in the same moment is not refused as stale.
     */
    @Modifying
    @Query("update Account a set a.firstSignedInAt = :at where a.id = :id and a.firstSignedInAt is null")
    int markFirstSignIn(UUID id, Instant at);
}
