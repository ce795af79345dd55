package org.mendwell.intake;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mendwell.account.Roles;
import org.mendwell.intake.domain.ConsentDocument;
import org.mendwell.intake.domain.ConsentDocumentRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.audit.NotAudited;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's consent texts, one current version per language: everyone signed in may read them;
 * administrators publish new versions. A reader gets the current version in their language, or the English
 * one while the practice has none in theirs.
 */
@Service
@Transactional
public class ConsentService {

    static final int MAX_LENGTH = 8000;

    private final ConsentDocumentRepository documents;
    private final ViewerLanguage viewerLanguage;
    private final Messages messages;
    private final Clock clock;

    ConsentService(ConsentDocumentRepository documents, ViewerLanguage viewerLanguage, Messages messages, Clock clock) {
        this.documents = documents;
        this.viewerLanguage = viewerLanguage;
        this.messages = messages;
        this.clock = clock;
    }

    /** The current texts in the signed-in person's language, English when the practice has none in it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    @NotAudited("the practice's consent text, the same for everyone")
    public ConsentText current() {
        Language language = Language.of(viewerLanguage.viewerLocale()).orElse(Language.ENGLISH);
        return currentIn(language)
                .or(() -> currentIn(Language.ENGLISH))
                .orElseThrow(() -> new IllegalStateException("No consent text: migration V2 seeds the first"));
    }

    /** The current texts published in this language, if any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    @NotAudited("the practice's consent text, the same for everyone")
    public Optional<ConsentText> currentIn(Language language) {
        return documents.findFirstByLanguageOrderByVersionDesc(language.code()).map(ConsentService::text);
    }

    /**
     * A new version in one language; intakes signed earlier keep the version they signed. Texts the same as
     * that language's current version (apart from surrounding spaces) are not published again: a version
     * number means a change.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Audited(value = Access.CHANGE, record = Subject.CONSENT)
    public ConsentText publish(Language language, String treatment, String privacy) {
        Map<String, String> problems = new LinkedHashMap<>();
        check("treatment", treatment, problems);
        check("privacy", privacy, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var current = documents.findFirstByLanguageOrderByVersionDesc(language.code());
        if (current.isPresent() && text(current.get()).sameAs(treatment, privacy)) {
            throw InvalidInputException.of(
                    "unchanged",
                    messages.viewer(
                            "intake.consent-texts.unchanged", current.get().getVersion()));
        }
        int next = documents
                        .findFirstByOrderByVersionDesc()
                        .map(ConsentDocument::getVersion)
                        .orElse(0)
                + 1;
        return text(documents.save(
                new ConsentDocument(next, language.code(), treatment.strip(), privacy.strip(), clock.instant())));
    }

    private void check(String field, String text, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            problems.put(field, messages.viewer("intake.consent-texts.empty"));
        } else if (text.length() > MAX_LENGTH) {
            problems.put(field, messages.viewer("intake.consent-texts.too-long", MAX_LENGTH));
        }
    }

    private static ConsentText text(ConsentDocument d) {
        return new ConsentText(
                d.getVersion(),
                Language.ofCode(d.getLanguage()).orElse(Language.ENGLISH),
                d.getTreatmentText(),
                d.getPrivacyText(),
                d.getCreatedAt());
    }
}
