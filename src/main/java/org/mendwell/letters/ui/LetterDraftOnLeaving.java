package org.mendwell.letters.ui;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.letters.DraftBasis;
import org.mendwell.letters.LetterDraftSave;
import org.mendwell.letters.MyLettersService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The letter page's last words, posted by the browser as the page is left (closed, reloaded, hidden on a phone):
 * a request the browser keeps sending after the page is gone ({@code fetch} with {@code keepalive}), unlike
 * Vaadin's own, which are dropped with the page, and which Vaadin's "page closed" notice may overtake. The same
 * service call as the page's save while typing: the client's own letter, still a draft, refused otherwise. Spring
 * Security checks the session and its CSRF token first. The address says which copy of the draft the page holds
 * ({@link DraftBasis}): words from a copy another tab has moved past are not saved over the newer ones (409).
 */
@RestController
class LetterDraftOnLeaving {

    static final String PATH = "/drafts/letter/";

    private final MyLettersService letters;

    LetterDraftOnLeaving(MyLettersService letters) {
        this.letters = letters;
    }

    /** Where the page posts its words on leaving, saying what its copy rests on. */
    static String path(UUID letterId, DraftBasis basis) {
        return PATH + letterId + "?editor=" + basis.editor() + "&version=" + basis.version();
    }

    @PostMapping(path = PATH + "{letterId}", consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<Void> save(
            @PathVariable String letterId,
            @RequestParam(name = "editor", required = false) @Nullable String editor,
            @RequestParam(name = "version", required = false) @Nullable Long version,
            @RequestBody(required = false) String body) {
        UUID id;
        try {
            id = LetterIds.parse(letterId);
        } catch (RecordNotFoundException notAnId) {
            return ResponseEntity.notFound().build();
        }
        DraftBasis basis = basis(editor, version);
        if (basis == null) {
            // A post that does not say which copy it comes from could overwrite newer words from another tab.
            return ResponseEntity.status(HttpStatus.CONFLICT).build();
        }
        try {
            LetterDraftSave save = letters.saveDraft(id, body == null ? "" : body, basis);
            if (save.changedElsewhere()) {
                return ResponseEntity.status(HttpStatus.CONFLICT).build();
            }
            return ResponseEntity.status(save.complete() ? HttpStatus.NO_CONTENT : HttpStatus.UNPROCESSABLE_CONTENT)
                    .build();
        } catch (RecordNotFoundException notTheirs) {
            return ResponseEntity.notFound().build();
        } catch (InvalidInputException noLongerADraft) {
            // Submitted meanwhile, or the couple link ended: an answer, not an error to log with its stack.
            return ResponseEntity.status(HttpStatus.CONFLICT).build();
        }
    }

    private static @Nullable DraftBasis basis(@Nullable String editor, @Nullable Long version) {
        if (editor == null || version == null) {
            return null;
        }
        try {
            return new DraftBasis(UUID.fromString(editor), version);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
