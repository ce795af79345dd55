package org.mendwell.agreements.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PromiseMarkRepository extends JpaRepository<PromiseMark, UUID> {

    List<PromiseMark> findByAgreementIdIn(Collection<UUID> agreementIds);

    Optional<PromiseMark> findByAgreementIdAndDueDate(UUID agreementId, LocalDate dueDate);

    /** The marks of these clients since a day, for the caseload's column. */
    List<PromiseMark> findByClientIdInAndDueDateGreaterThanEqual(Collection<UUID> clientIds, LocalDate since);
}
