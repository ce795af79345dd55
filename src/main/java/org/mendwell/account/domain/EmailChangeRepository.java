package org.mendwell.account.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmailChangeRepository extends JpaRepository<EmailChange, UUID> {

    Optional<EmailChange> findByTokenHash(String tokenHash);

    List<EmailChange> findByAccountIdOrderByCreatedAtDesc(UUID accountId);
}
