package org.mendwell.letters.ui;

import java.util.UUID;
import org.mendwell.letters.MyLettersService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The letter page's last words, posted by the browser as the page is left (closed, reloaded, hidden on a phone):
 * a request the browser keeps sending after the page is gone ({@code fetch} with {@code keepalive}), unlike
 * Vaadin's own, which are dropped with the page, and which Vaadin's "page closed" notice may overtake. The same
 * service call as the page's save while typing: the client's own letter, still a draft, refused otherwise. Spring
 * Security checks the session and its CSRF token first.
 */
@RestController
class LetterDraftOnLeaving {

    static final String PATH = "/drafts/letter/";

    private final MyLettersService letters;

    LetterDraftOnLeaving(MyLettersService letters) {
        this.letters = letters;
    }

    @PostMapping(path = PATH + "{letterId}", consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<Void> save(@PathVariable String letterId, @RequestBody(required = false) String body) {
        UUID id;
        try {
            id = LetterIds.parse(letterId);
        } catch (RecordNotFoundException notAnId) {
            return ResponseEntity.notFound().build();
        }
        try {
            boolean saved = letters.saveDraft(id, body == null ? "" : body).complete();
            return ResponseEntity.status(saved ? HttpStatus.NO_CONTENT : HttpStatus.UNPROCESSABLE_CONTENT)
                    .build();
        } catch (RecordNotFoundException notTheirs) {
            return ResponseEntity.notFound().build();
        } catch (InvalidInputException noLongerADraft) {
            // Submitted meanwhile, or the couple link ended: an answer, not an error to log with its stack.
            return ResponseEntity.status(HttpStatus.CONFLICT).build();
        }
    }
}
