package org.mendwell.letters;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.Roles;
import org.mendwell.client.ClientRef;
import org.mendwell.client.MyRecordService;
import org.mendwell.letters.domain.Letter;
import org.mendwell.letters.domain.LetterReply;
import org.mendwell.letters.domain.LetterReplyRepository;
import org.mendwell.letters.domain.LetterRepository;
import org.mendwell.shared.DraftSave;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.PlainText;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.i18n.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in client's letters: writing their own (a private draft, saved as they type, until they submit it
 * to their clinician) and reading what the clinician released to them. There is no way here to name another
 * client's letter: one that is not the client's own, or not released to them, is not found.
 */
@Service
@Transactional
public class MyLettersService {

    private final LetterRepository letters;
    private final LetterReplyRepository replies;
    private final MyRecordService ownRecord;
    private final LetterGate gate;
    private final WrittenText written;
    private final Messages messages;
    private final Clock clock;

    MyLettersService(
            LetterRepository letters,
            LetterReplyRepository replies,
            MyRecordService ownRecord,
            LetterGate gate,
            WrittenText written,
            Messages messages,
            Clock clock) {
        this.letters = letters;
        this.replies = replies;
        this.ownRecord = ownRecord;
        this.gate = gate;
        this.written = written;
        this.messages = messages;
        this.clock = clock;
    }

    /** What the client wrote, what was released to them or waits for the session, and whether they may write now. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SELF)
    public MyLetters myLetters() {
        ClientRef me = ownRecord.myRecord();
        Optional<ClientRef> partner = ownRecord.myPartner();
        List<MyLetters.Written> written = letters.findByAuthorIdOrderByCreatedAtDesc(me.clientId()).stream()
                .map(l -> new MyLetters.Written(l.getId(), l.getKind(), l.getStatus(), l.getSavedAt(), l.isWithdrawn()))
                .toList();
        List<MyLetters.ToMe> toMe = letters.deliveredTo(me.clientId()).stream()
                .map(l -> {
                    boolean readable = l.getStatus() == LetterStatus.RELEASED;
                    return new MyLetters.ToMe(
                            l.getId(),
                            partner.map(ClientRef::fullName).orElse(""),
                            readable ? l.getKind() : null,
                            readable,
                            decidedAt(l));
                })
                .toList();
        return new MyLetters(written, toMe, gate.closedReason(me, partner.orElse(null)));
    }

    /** Begins a new letter to the client's partner, empty; refused when letters are closed for the couple. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public UUID startLetter(LetterKind kind) {
        ClientRef me = ownRecord.myRecord();
        ClientRef partner = ownRecord.myPartner().orElse(null);
        refuseWhenClosed(me, partner, "kind");
        return letters.save(new Letter(me.clientId(), partner.clientId(), kind, clock.instant()))
                .getId();
    }

    /**
     * One of the client's own letters, with the clinician's comment when returned and the partner's replies while
     * it is released to them.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.LETTER)
    public OwnLetter myLetter(UUID letterId) {
        ClientRef me = ownRecord.myRecord();
        Letter letter = own(me, letterId);
        String recipient = ownRecord
                .myPartner()
                .filter(p -> p.clientId().equals(letter.getRecipientId()))
                .map(ClientRef::fullName)
                .orElse("");
        return new OwnLetter(
                letter.getId(),
                letter.getKind(),
                letter.getStatus(),
                letter.draftText(),
                recipient,
                letter.getClinicianComment(),
                letter.getSavedAt(),
                letter.isWithdrawn(),
                // Replies are the partner's words: once the couple link has ended they are withdrawn from the writer's
                // view as the letter is from the partner's (the clinician's record keeps both).
                letter.getStatus() == LetterStatus.RELEASED && !letter.isWithdrawn()
                        ? thread(letter, me, recipient)
                        : List.of(),
                letter.getVersion());
    }

    /**
     * Keeps the words as a draft, from the page whose copy rests on {@code basis}. Text that cannot be stored (too
     * long, a broken character) is not saved: the stored draft stays as it was and the reason comes back under
     * "body", so the page never says "Saved" then. Nor is a copy the draft has moved past (saved from another tab
     * or window since this page read it): the later save must not silently win, so the page hears that it changed
     * elsewhere and may keep its own words by saving again on the stored version.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.LETTER)
    public LetterDraftSave saveDraft(UUID letterId, String body, DraftBasis basis) {
        ClientRef me = ownRecord.myRecord();
        Letter letter = editable(me, letterId);
        if (letter.changedSince(basis.version(), basis.editor())) {
            return new LetterDraftSave(
                    new DraftSave(
                            letter.getSavedAt(), Map.of("body", messages.viewer("letters.draft.changed-elsewhere"))),
                    letter.getVersion(),
                    true);
        }
        Instant now = clock.instant();
        String overLimit = overLimit(body);
        if (overLimit != null && keptOverlong(letter, body, now, basis.editor())) {
            letters.flush();
            return new LetterDraftSave(
                    new DraftSave(now, Map.of(), Map.of("body", overLimit)), letter.getVersion(), false);
        }
        String problem = bodyProblem(body);
        if (problem != null) {
            return new LetterDraftSave(
                    new DraftSave(letter.getSavedAt(), Map.of("body", problem)), letter.getVersion(), false);
        }
        letter.saveDraft(body.strip(), now, basis.editor());
        letters.flush(); // the new version is what the page rests on from now
        return new LetterDraftSave(new DraftSave(now, Map.of()), letter.getVersion(), false);
    }

    /**
     * Saves the words and sends the letter to the clinician, who alone decides whether the partner reads it.
     * Refused, with the words kept as a draft, when empty or too long or when letters are closed for the couple.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(noRollbackFor = InvalidInputException.class) // a refused submit keeps the words as a draft
    @Audited(value = Access.CHANGE, record = Subject.LETTER)
    public void submit(UUID letterId, String body) {
        ClientRef me = ownRecord.myRecord();
        Letter letter = editable(me, letterId);
        String problem = bodyProblem(body);
        if (problem == null) {
            letter.saveDraft(body.strip(), clock.instant());
        } else if (overLimit(body) != null) {
            keptOverlong(letter, body, clock.instant(), null);
        }
        if (problem == null && body.isBlank()) {
            problem = messages.viewer("letters.submit.empty");
        }
        if (problem != null) {
            throw InvalidInputException.of("body", problem);
        }
        ClientRef partner = ownRecord.myPartner().orElse(null);
        refuseWhenClosed(me, partner, "body");
        letter.submit(clock.instant());
    }

    /** A letter the clinician released to the signed-in client; anything else (kept for the session too) is not found. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.LETTER)
    public ReceivedLetter letterToMe(UUID letterId) {
        ClientRef me = ownRecord.myRecord();
        Letter letter = released(me, letterId);
        String from = ownRecord.myPartner().map(ClientRef::fullName).orElse("");
        return new ReceivedLetter(
                letter.getId(), from, letter.getKind(), letter.getBody(), decidedAt(letter), thread(letter, me, from));
    }

    /**
     * The reader of a released letter replies under it; the writer reads the reply. Refused when letters are
     * closed for the couple now (a safety flag since the release).
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.LETTER)
    public void reply(UUID letterId, String body) {
        ClientRef me = ownRecord.myRecord();
        Letter letter = released(me, letterId);
        String text = written.required("reply", body, LetterReply.BODY_LIMIT, "letters.reply.empty");
        refuseWhenClosed(me, ownRecord.myPartner().orElse(null), "reply");
        replies.save(new LetterReply(letter.getId(), me.clientId(), text, clock.instant()));
    }

    // ---- Internals ----------------------------------------------------------------------------

    private void refuseWhenClosed(ClientRef me, @Nullable ClientRef partner, String field) {
        String closed = gate.closedReason(me, partner);
        if (closed != null) {
            throw InvalidInputException.of(field, closed);
        }
    }

    /**
     * Counted as the field's counter counts ({@link PlainText#length}: the ends are not kept, so they do not count),
     * so a text the counter shows at the limit saves; the words are stored without their ends, which is what makes
     * the column ({@link Letter#BODY_LIMIT} characters) hold every text this lets through.
     */
    private static @Nullable String overLimit(@Nullable String body) {
        int length = body == null ? 0 : PlainText.length(body);
        return length > Letter.BODY_LIMIT ? PlainText.overLimit(Letter.BODY_LIMIT, length) : null;
    }

    /**
     * Keeps words that are only too long as the draft (nothing typed is lost, as for intake and exercise answers); not
     * text far past any letter ({@link DraftSave#OVERLONG_DRAFT_LIMIT}) or with a character that cannot be stored.
     */
    private static boolean keptOverlong(Letter letter, String body, Instant at, @Nullable UUID editor) {
        if (PlainText.length(body) > DraftSave.OVERLONG_DRAFT_LIMIT || PlainText.problem(body) != null) {
            return false;
        }
        letter.keepOverlong(body.strip(), at, editor);
        return true;
    }

    private @Nullable String bodyProblem(@Nullable String body) {
        if (body == null) {
            return null;
        }
        int length = PlainText.length(body);
        if (length > Letter.BODY_LIMIT) {
            return PlainText.overLimit(Letter.BODY_LIMIT, length);
        }
        return PlainText.problem(body);
    }

    private Letter own(ClientRef me, UUID letterId) {
        return letters.findById(letterId)
                .filter(l -> l.getAuthorId().equals(me.clientId()))
                .orElseThrow(() -> new RecordNotFoundException("Letter"));
    }

    private Letter editable(ClientRef me, UUID letterId) {
        Letter letter = own(me, letterId);
        if (letter.isWithdrawn()) {
            throw InvalidInputException.of("body", messages.viewer("letters.draft.link-ended"));
        }
        if (!letter.getStatus().editable()) {
            throw InvalidInputException.of("body", messages.viewer("letters.draft.not-editable"));
        }
        return letter;
    }

    private Letter released(ClientRef me, UUID letterId) {
        return letters.findById(letterId)
                .filter(l -> l.getRecipientId().equals(me.clientId())
                        && l.getStatus() == LetterStatus.RELEASED
                        && !l.isWithdrawn())
                .orElseThrow(() -> new RecordNotFoundException("Letter"));
    }

    private List<LetterMessage> thread(Letter letter, ClientRef me, String otherName) {
        Map<UUID, String> names = new LinkedHashMap<>();
        names.put(me.clientId(), me.fullName());
        return replies.findByLetterIdOrderByWrittenAtAsc(letter.getId()).stream()
                .map(r -> new LetterMessage(
                        names.getOrDefault(r.getAuthorId(), otherName),
                        r.getAuthorId().equals(me.clientId()),
                        r.getBody(),
                        r.getWrittenAt()))
                .toList();
    }

    private static Instant decidedAt(Letter letter) {
        return letter.getDecidedAt() == null ? letter.getSavedAt() : letter.getDecidedAt();
    }
}
