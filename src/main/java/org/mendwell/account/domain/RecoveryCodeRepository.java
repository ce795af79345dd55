package org.mendwell.account.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, UUID> {

    List<RecoveryCode> findByAccountIdAndUsedAtIsNull(UUID accountId);

    void deleteByAccountId(UUID accountId);
}
