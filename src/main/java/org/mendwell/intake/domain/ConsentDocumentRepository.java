package org.mendwell.intake.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentDocumentRepository extends JpaRepository<ConsentDocument, Integer> {

    Optional<ConsentDocument> findFirstByOrderByVersionDesc();

    Optional<ConsentDocument> findFirstByLanguageOrderByVersionDesc(String language);
}
