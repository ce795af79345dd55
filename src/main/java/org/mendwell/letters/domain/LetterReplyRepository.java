package org.mendwell.letters.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LetterReplyRepository extends JpaRepository<LetterReply, UUID> {

    List<LetterReply> findByLetterIdOrderByWrittenAtAsc(UUID letterId);
}
