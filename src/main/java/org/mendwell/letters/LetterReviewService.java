package org.mendwell.letters;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.Role;
import org.mendwell.account.Roles;
import org.mendwell.client.ClientRef;
import org.mendwell.client.ClientService;
import org.mendwell.client.CoupleLinkEnded;
import org.mendwell.letters.domain.Letter;
import org.mendwell.letters.domain.LetterOpening;
import org.mendwell.letters.domain.LetterOpeningRepository;
import org.mendwell.letters.domain.LetterReplyRepository;
import org.mendwell.letters.domain.LetterRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.i18n.Messages;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinician's side of letters: reading what a client of theirs submitted and deciding what the partner
 * gets (the letter, the news that it waits for the session, or nothing while it goes back for another draft),
 * and opening letters on a couple case with a safety flag. Only the clinician of the writer decides.
 */
@Service
@Transactional
public class LetterReviewService {

    private final LetterRepository letters;
    private final LetterReplyRepository replies;
    private final LetterOpeningRepository openings;
    private final ClientService clients;
    private final LetterGate gate;
    private final WrittenText written;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    LetterReviewService(
            LetterRepository letters,
            LetterReplyRepository replies,
            LetterOpeningRepository openings,
            ClientService clients,
            LetterGate gate,
            WrittenText written,
            CurrentUser currentUser,
            Messages messages,
            Clock clock) {
        this.letters = letters;
        this.replies = replies;
        this.openings = openings;
        this.clients = clients;
        this.gate = gate;
        this.written = written;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    /** Letters a client of the signed-in clinician wrote or was written, once submitted; newest first. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public List<LetterForReview> lettersOf(UUID clientId) {
        ClientRef client = clients.ownedClient(clientId);
        Map<UUID, String> names = new LinkedHashMap<>();
        names.put(client.clientId(), client.fullName());
        return letters.seenByClinicianOf(client.clientId()).stream()
                .map(letter -> forReview(letter, names))
                .toList();
    }

    /** Whether the client and their partner may exchange letters now, and the reason given on a flagged case. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public LettersAccess lettersAccess(UUID clientId) {
        ClientRef client = clients.ownedClient(clientId);
        ClientRef partner = partnerOf(client);
        if (partner == null) {
            return new LettersAccess(false, client.safetyFlag(), null);
        }
        return new LettersAccess(
                true,
                client.caseFlagged(partner),
                gate.opening(client, partner).map(LetterOpening::getReason).orElse(null));
    }

    /**
     * Opens letters for a couple whose case has a safety flag, with the clinician's written reason (kept and
     * audited, as for a couples exercise). On a case without a flag there is nothing to open.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.CLIENT)
    public void openLetters(UUID clientId, String reason) {
        ClientRef client = clients.ownedClient(clientId);
        ClientRef partner = partnerOf(client);
        if (partner == null) {
            throw InvalidInputException.of("reason", messages.viewer("letters.closed.no-partner"));
        }
        if (!client.caseFlagged(partner)) {
            throw InvalidInputException.of("reason", messages.viewer("letters.open.not-flagged"));
        }
        String why = written.required("reason", reason, LetterOpening.REASON_LIMIT, "letters.open.reason-needed");
        openings.save(
                new LetterOpening(client.clientId(), partner.clientId(), client.clinicianId(), why, clock.instant()));
    }

    /** The partner may now read the letter, read-only, and reply. Refused while letters are closed for the couple. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.LETTER)
    public void release(UUID letterId) {
        decide(letterId, LetterStatus.RELEASED, null);
    }

    /** The partner learns only that a letter waits for the session; the clinician may release it afterwards. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.LETTER)
    public void keepForSession(UUID letterId) {
        decide(letterId, LetterStatus.FOR_SESSION, null);
    }

    /** Back to the writer for another draft, with the clinician's comment; the partner learns nothing. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.LETTER)
    public void returnForRedraft(UUID letterId, String comment) {
        String text = written.required("comment", comment, Letter.COMMENT_LIMIT, "letters.return.comment-needed");
        decide(letterId, LetterStatus.RETURNED, text);
    }

    /**
     * The couple link ended: every letter between the two is withdrawn from the partner's view at once and
     * stays in the clinician's record; an opening on a flagged case ends with the link.
     */
    @EventListener
    void onCoupleLinkEnded(CoupleLinkEnded ended) {
        letters.between(ended.clientId(), ended.formerPartnerId()).forEach(letter -> letter.withdraw(ended.endedAt()));
        openings.allOpenFor(ended.clientId(), ended.formerPartnerId())
                .forEach(opening -> opening.close(ended.endedAt()));
    }

    // ---- Internals ----------------------------------------------------------------------------

    private void decide(UUID letterId, LetterStatus decision, @Nullable String comment) {
        Letter letter = letters.findById(letterId).orElseThrow(() -> new RecordNotFoundException("Letter"));
        ClientRef author = ownedOrNotFound(letter.getAuthorId());
        if (!letter.getStatus().decidable() || letter.isWithdrawn()) {
            throw InvalidInputException.of("status", messages.viewer("letters.decide.not-waiting"));
        }
        if (decision != LetterStatus.RETURNED) {
            // Returning words to their own writer passes nothing between partners; the rest does.
            String closed = gate.closedReason(author, partnerOf(author));
            if (closed != null) {
                throw InvalidInputException.of("status", closed);
            }
        }
        Instant now = clock.instant();
        letter.decide(decision, comment, currentUser.require(Role.CLINICIAN).accountId(), now);
    }

    private ClientRef ownedOrNotFound(UUID clientId) {
        try {
            return clients.ownedClient(clientId);
        } catch (RecordNotFoundException notTheirs) {
            throw new RecordNotFoundException("Letter");
        }
    }

    private @Nullable ClientRef partnerOf(ClientRef client) {
        return client.partnerId() == null ? null : clients.ownedClient(client.partnerId());
    }

    private LetterForReview forReview(Letter letter, Map<UUID, String> names) {
        String author = nameOf(letter.getAuthorId(), names);
        String recipient = nameOf(letter.getRecipientId(), names);
        boolean draftAgain = letter.getStatus() == LetterStatus.RETURNED;
        List<LetterMessage> thread = letter.getStatus() == LetterStatus.RELEASED
                ? replies.findByLetterIdOrderByWrittenAtAsc(letter.getId()).stream()
                        .map(r ->
                                new LetterMessage(nameOf(r.getAuthorId(), names), false, r.getBody(), r.getWrittenAt()))
                        .toList()
                : List.of();
        return new LetterForReview(
                letter.getId(),
                author,
                recipient,
                letter.getKind(),
                letter.getStatus(),
                draftAgain ? null : letter.getBody(),
                letter.getClinicianComment(),
                letter.getSubmittedAt(),
                letter.getDecidedAt(),
                letter.isWithdrawn(),
                thread);
    }

    /** Names of the couple only: a former partner is still the clinician's client, else the name is not shown. */
    private String nameOf(UUID clientId, Map<UUID, String> names) {
        return names.computeIfAbsent(clientId, id -> {
            try {
                return clients.ownedClient(id).fullName();
            } catch (RecordNotFoundException handedOver) {
                return "";
            }
        });
    }
}
