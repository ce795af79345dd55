package org.mendwell.letters.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LetterOpeningRepository extends JpaRepository<LetterOpening, UUID> {

    /** The latest opening still in force for this couple, whichever partner it was recorded on. */
    @Query("""
            select o from LetterOpening o
            where ((o.clientId = :one and o.partnerId = :other) or (o.clientId = :other and o.partnerId = :one))
              and o.closedAt is null
            order by o.openedAt desc limit 1
            """)
    Optional<LetterOpening> openFor(@Param("one") UUID one, @Param("other") UUID other);

    @Query("""
            select o from LetterOpening o
            where ((o.clientId = :one and o.partnerId = :other) or (o.clientId = :other and o.partnerId = :one))
              and o.closedAt is null
            """)
    java.util.List<LetterOpening> allOpenFor(@Param("one") UUID one, @Param("other") UUID other);
}
