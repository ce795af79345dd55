package org.mendwell.letters.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LetterRepository extends JpaRepository<Letter, UUID> {

    List<Letter> findByAuthorIdOrderByCreatedAtDesc(UUID authorId);

    /** Letters to this client that the clinician released or keeps for the session, not withdrawn; newest first. */
    @Query("""
            select l from Letter l
            where l.recipientId = :clientId and l.withdrawnAt is null
              and l.status in (org.mendwell.letters.LetterStatus.RELEASED, org.mendwell.letters.LetterStatus.FOR_SESSION)
            order by l.decidedAt desc
            """)
    List<Letter> deliveredTo(@Param("clientId") UUID clientId);

    /** Every letter this client wrote or was written, past the writer's first draft; newest first. */
    @Query("""
            select l from Letter l
            where (l.authorId = :clientId or l.recipientId = :clientId)
              and l.status <> org.mendwell.letters.LetterStatus.DRAFT
            order by l.createdAt desc
            """)
    List<Letter> seenByClinicianOf(@Param("clientId") UUID clientId);

    /** Every letter between these two clients, in either direction. */
    @Query("""
            select l from Letter l
            where (l.authorId = :one and l.recipientId = :other) or (l.authorId = :other and l.recipientId = :one)
            """)
    List<Letter> between(@Param("one") UUID one, @Param("other") UUID other);
}
