package org.mendwell.homework.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubmissionCommentRepository extends JpaRepository<SubmissionComment, UUID> {

    List<SubmissionComment> findBySubmissionIdOrderByCreatedAt(UUID submissionId);
}
