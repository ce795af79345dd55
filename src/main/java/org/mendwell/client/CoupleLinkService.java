package org.mendwell.client;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.AccountLanguages;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.Role;
import org.mendwell.account.Roles;
import org.mendwell.client.domain.Client;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.client.domain.CoupleLinkEvent;
import org.mendwell.client.domain.CoupleLinkEventRepository;
import org.mendwell.client.domain.CoupleRelink;
import org.mendwell.client.domain.CoupleRelinkRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.PlainText;
import org.mendwell.shared.PortalMail;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.SafetyReason;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending a couple link and linking two former partners again. The clinician ends a link with a reason
 * (separation or safety): both records lose their partner at once, so every feature that asks "who is my
 * partner" stops sharing in the same transaction, and {@link CoupleLinkEnded} tells features that keep
 * their own partner-visible records to withdraw them. Linking again needs both partners' confirmation.
 */
@Service
@Transactional
public class CoupleLinkService {

    static final int REASON_LIMIT = 500;

    private final ClientRepository clients;
    private final OwnClients ownClients;
    private final CoupleLinkEventRepository events;
    private final CoupleRelinkRepository relinks;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final Messages messages;
    private final PortalMail mail;
    private final ViewerLanguage viewerLanguage;
    private final AccountLanguages accountLanguages;

    CoupleLinkService(
            ClientRepository clients,
            OwnClients ownClients,
            CoupleLinkEventRepository events,
            CoupleRelinkRepository relinks,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher publisher,
            Messages messages,
            PortalMail mail,
            ViewerLanguage viewerLanguage,
            AccountLanguages accountLanguages) {
        this.clients = clients;
        this.ownClients = ownClients;
        this.events = events;
        this.relinks = relinks;
        this.currentUser = currentUser;
        this.clock = clock;
        this.publisher = publisher;
        this.messages = messages;
        this.mail = mail;
        this.viewerLanguage = viewerLanguage;
        this.accountLanguages = accountLanguages;
    }

    /** One of the signed-in clinician's clients: their partner now, the link's history, and an open proposal. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public CoupleLink coupleLink(UUID clientId) {
        Client client = ownClients.of(clientId);
        UUID clinician = client.getClinicianId();
        Map<UUID, String> names = new LinkedHashMap<>();
        List<CoupleLinkEvent> linkEvents = events.historyOf(clientId); // read once for the whole page
        List<CoupleLink.Change> history = new ArrayList<>();
        for (CoupleLinkEvent event : linkEvents) {
            UUID other = event.otherThan(clientId);
            history.add(new CoupleLink.Change(
                    event.getKind(),
                    nameOf(other, names),
                    event.getReason(),
                    event.getOccurredAt(),
                    event.getKind() == CoupleLink.Kind.RELINK_DECLINED
                            ? nameOf(event.firstNamed(clientId) ? clientId : other, names)
                            : null));
        }
        Client partner = client.getPartnerId() == null
                ? null
                : clients.findById(client.getPartnerId()).orElse(null);
        CoupleLink.Proposal proposal = relinks.openFor(clientId)
                .map(open -> {
                    UUID other = open.otherThan(clientId);
                    return new CoupleLink.Proposal(
                            open.getId(),
                            other,
                            nameOf(other, names),
                            open.consented(clientId),
                            open.consented(other),
                            open.getSafetyReason());
                })
                .orElse(null);
        List<CoupleLink.FormerPartner> former = client.getPartnerId() != null
                ? List.of()
                : linkEvents.stream()
                        .map(event -> event.otherThan(clientId))
                        .distinct()
                        .map(clients::findById)
                        .flatMap(Optional::stream)
                        .filter(c -> c.getClinicianId().equals(clinician) && c.getPartnerId() == null)
                        .map(c -> new CoupleLink.FormerPartner(
                                c.getId(),
                                c.getFullName(),
                                lastSafetyEnding(linkEvents, clientId, c.getId())
                                        .map(CoupleLinkEvent::getReason)
                                        .orElse(null)))
                        .toList();
        return new CoupleLink(
                clientId,
                client.getPartnerId(),
                partner == null ? null : partner.getFullName(),
                history,
                proposal,
                former);
    }

    /**
     * Ends the client's couple link, with the kind of ending and the clinician's reason (kept in the history,
     * never shown to either partner). Sharing between them stops in this transaction.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.CLIENT)
    public void endLink(UUID clientId, @Nullable CoupleLinkEnding ending, String reason) {
        Client client = ownClients.of(clientId);
        String why = reason == null ? "" : reason.strip();
        Map<String, String> problems = new LinkedHashMap<>();
        if (client.getPartnerId() == null) {
            problems.put("partner", messages.viewer("couple-link.end.no-partner", client.getFullName()));
        }
        if (ending == null) {
            problems.put("ending", messages.viewer("couple-link.end.kind-needed"));
        }
        if (why.isEmpty()) {
            problems.put("reason", messages.viewer("couple-link.end.reason-needed"));
        } else if (why.length() > REASON_LIMIT) {
            problems.put("reason", PlainText.overLimit(REASON_LIMIT, why.length()));
        } else if (PlainText.problem(why) != null) {
            problems.put("reason", PlainText.unsavable());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Client partner = clients.findById(client.getPartnerId()).orElseThrow();
        Instant now = clock.instant();
        client.unlinkPartner(partner);
        relinks.openFor(clientId).ifPresent(open -> open.close("WITHDRAWN", now));
        events.save(new CoupleLinkEvent(
                client.getId(),
                partner.getId(),
                client.getClinicianId(),
                ending == CoupleLinkEnding.SAFETY ? CoupleLink.Kind.ENDED_SAFETY : CoupleLink.Kind.ENDED_SEPARATION,
                why,
                now));
        publisher.publishEvent(
                new CoupleLinkEnded(client.getId(), partner.getId(), client.getClinicianId(), ending, now));
    }

    /**
     * Proposes to link the client with a former partner again. Nothing is linked until both confirm in the
     * portal ({@link #consentToRelink}); an earlier open proposal for either of them is withdrawn. When their last
     * link ended for safety the clinician must say why linking again is right now ({@link SafetyReason}, as for
     * couples exercises on a flagged case): the reason is kept in the couple's history and never shown to either
     * partner. After a separation no reason is asked, and one given is not kept. Each partner gets a neutral e-mail
     * that a question waits for them in the portal.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.CLIENT)
    public void proposeRelink(UUID clientId, UUID formerPartnerId, @Nullable String safetyReason) {
        Client client = ownClients.of(clientId);
        Client former = ownClients.of(formerPartnerId);
        List<CoupleLinkEvent> linkEvents = events.historyOf(clientId);
        Optional<CoupleLinkEvent> lastEnding = lastEnding(linkEvents, clientId, formerPartnerId);
        if (client.getPartnerId() != null || former.getPartnerId() != null || lastEnding.isEmpty()) {
            throw InvalidInputException.of("partner", messages.viewer("couple-link.relink.not-possible"));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String reason = SafetyReason.check(
                safetyReason,
                lastSafetyEnding(linkEvents, clientId, formerPartnerId).isPresent(),
                "reason",
                problems,
                messages.viewer("couple-link.relink.safety-reason-needed"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        relinks.openFor(clientId).ifPresent(open -> open.close("WITHDRAWN", now));
        relinks.openFor(formerPartnerId).ifPresent(open -> open.close("WITHDRAWN", now));
        relinks.save(new CoupleRelink(clientId, formerPartnerId, client.getClinicianId(), reason, now));
        tellOfAQuestion(client);
        tellOfAQuestion(former);
    }

    /**
     * A partner learns of a proposal to link again when it is made, not at their next sign-in: a neutral e-mail in
     * their language that a question waits in the portal. Nothing of what it is about (no partner, no link, nothing
     * about their care), since an e-mail may be read by someone else.
     */
    private void tellOfAQuestion(Client client) {
        var locale = viewerLanguage.recipientLocale(accountLanguages.of(client.getAccountId()));
        mail.sendAfterCommit(
                client.getEmail(),
                messages.text("couple-link.question.mail.subject", locale),
                messages.text("couple-link.question.mail.body", locale, client.getFullName(), mail.link("")));
    }

    /**
     * The last time a link between these two clients ended for safety, however it ended since: a separation after a
     * safety ending (a common course where there is abuse) must not make linking again one click.
     */
    private static Optional<CoupleLinkEvent> lastSafetyEnding(
            List<CoupleLinkEvent> history, UUID clientId, UUID formerPartnerId) {
        return history.stream()
                .filter(event -> event.otherThan(clientId).equals(formerPartnerId))
                .filter(event -> event.getKind() == CoupleLink.Kind.ENDED_SAFETY)
                .reduce((earlier, later) -> later);
    }

    /** The last ending of a link between these two clients, if they were ever linked. */
    private static Optional<CoupleLinkEvent> lastEnding(
            List<CoupleLinkEvent> history, UUID clientId, UUID formerPartnerId) {
        return history.stream()
                .filter(event -> event.otherThan(clientId).equals(formerPartnerId))
                .filter(event -> event.getKind().ending())
                .reduce((earlier, later) -> later);
    }

    /** The signed-in client's open proposal to be linked with a former partner again, if their clinician made one. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SELF)
    public Optional<RelinkRequest> myRelinkRequest() {
        Client me = myClient();
        return relinks.openFor(me.getId())
                .map(open -> new RelinkRequest(
                        open.getId(),
                        clients.findById(open.otherThan(me.getId()))
                                .map(Client::getFullName)
                                .orElse(""),
                        open.getProposedAt(),
                        open.consented(me.getId())));
    }

    /**
     * The signed-in client confirms (or declines) being linked with their former partner again. The link is
     * made when the second of the two confirms; a decline closes the proposal for both and is kept in the clinician's
     * history. A proposal no longer open is answered with a plain message; another's proposal is not found.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public boolean consentToRelink(UUID proposalId, boolean consent) {
        Client me = myClient();
        CoupleRelink open = relinks.findById(proposalId)
                .filter(r -> r.involves(me.getId()))
                .orElseThrow(() -> new RecordNotFoundException("Proposal"));
        if (!open.isOpen()) {
            // Answered on a page opened before the other partner declined, or before the clinician withdrew it.
            throw InvalidInputException.of("proposal", messages.viewer("couple-link.relink.no-longer-open"));
        }
        Instant now = clock.instant();
        if (!consent) {
            open.close("DECLINED", now);
            // For the clinician's history only: neither partner's page says who said no.
            events.save(new CoupleLinkEvent(
                    me.getId(),
                    open.otherThan(me.getId()),
                    open.getClinicianId(),
                    CoupleLink.Kind.RELINK_DECLINED,
                    null,
                    now));
            return false;
        }
        if (!open.consent(me.getId(), now)) {
            return false;
        }
        Client other = clients.findById(open.otherThan(me.getId())).orElseThrow();
        if (me.getPartnerId() != null
                || other.getPartnerId() != null
                || !other.getClinicianId().equals(me.getClinicianId())) {
            open.close("WITHDRAWN", now);
            throw InvalidInputException.of("proposal", messages.viewer("couple-link.relink.no-longer-possible"));
        }
        me.linkPartner(other);
        open.close("LINKED", now);
        events.save(new CoupleLinkEvent(
                me.getId(),
                other.getId(),
                me.getClinicianId(),
                CoupleLink.Kind.LINKED_AGAIN,
                open.getSafetyReason(),
                now));
        return true;
    }

    private String nameOf(UUID clientId, Map<UUID, String> names) {
        return names.computeIfAbsent(
                clientId, id -> clients.findById(id).map(Client::getFullName).orElse(""));
    }

    private Client myClient() {
        UUID accountId = currentUser.require(Role.CLIENT).accountId();
        return clients.findByAccountId(accountId).orElseThrow(() -> new RecordNotFoundException("Client record"));
    }
}
