package org.mendwell.intake;

import java.time.Clock;
import java.util.Map;
import org.mendwell.account.Roles;
import org.mendwell.intake.domain.ConsentDocument;
import org.mendwell.intake.domain.ConsentDocumentRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.audit.NotAudited;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The practice's consent texts: everyone signed in may read the current one; administrators publish new versions. */
@Service
@Transactional
public class ConsentService {

    static final int MAX_LENGTH = 8000;

    private final ConsentDocumentRepository documents;
    private final Clock clock;

    ConsentService(ConsentDocumentRepository documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    @NotAudited("the practice's consent text, the same for everyone")
    public ConsentText current() {
        return documents
                .findFirstByOrderByVersionDesc()
                .map(ConsentService::text)
                .orElseThrow(() -> new IllegalStateException("No consent text: migration V2 seeds the first"));
    }

    /**
     * A new version; intakes signed earlier keep the version they signed. Texts the same as the current
     * version (apart from surrounding spaces) are not published again: a version number means a change.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Audited(value = Access.CHANGE, record = Subject.CONSENT)
    public ConsentText publish(String treatment, String privacy) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        check("treatment", treatment, problems);
        check("privacy", privacy, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var current = documents.findFirstByOrderByVersionDesc();
        if (current.isPresent()
                && current.get().getTreatmentText().equals(treatment.strip())
                && current.get().getPrivacyText().equals(privacy.strip())) {
            throw InvalidInputException.of(
                    "unchanged",
                    "Nothing has changed since version " + current.get().getVersion()
                            + ", so no new version was published.");
        }
        int next = current.map(ConsentDocument::getVersion).orElse(0) + 1;
        return text(documents.save(new ConsentDocument(next, treatment.strip(), privacy.strip(), clock.instant())));
    }

    private static void check(String field, String text, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            problems.put(field, "This text cannot be empty");
        } else if (text.length() > MAX_LENGTH) {
            problems.put(field, "Keep this under " + MAX_LENGTH + " characters");
        }
    }

    private static ConsentText text(ConsentDocument d) {
        return new ConsentText(d.getVersion(), d.getTreatmentText(), d.getPrivacyText(), d.getCreatedAt());
    }
}
