package org.mendwell.agreements.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementRepository extends JpaRepository<Agreement, UUID> {

    List<Agreement> findByClientIdInOrderByCreatedAt(Collection<UUID> clientIds);
}
