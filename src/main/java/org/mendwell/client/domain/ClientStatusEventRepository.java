package org.mendwell.client.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClientStatusEventRepository extends JpaRepository<ClientStatusEvent, UUID> {

    List<ClientStatusEvent> findByClientIdOrderByOccurredAtAsc(UUID clientId);
}
