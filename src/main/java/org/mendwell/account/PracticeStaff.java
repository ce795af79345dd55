package org.mendwell.account;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.shared.PortalMail;
import org.mendwell.shared.i18n.Messages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who is on the practice's staff now, for services that must not promise a clinician who has left: whether
 * a client's clinician is still active, whom a client should contact instead, and a way to tell the
 * administrators. Serves other services (it checks nobody's role); not meant for views.
 */
@Component
@Transactional(readOnly = true)
public class PracticeStaff {

    private final AccountRepository accounts;
    private final PortalMail mail;
    private final Recipients recipients;
    private final Messages messages;

    PracticeStaff(AccountRepository accounts, PortalMail mail, Recipients recipients, Messages messages) {
        this.accounts = accounts;
        this.mail = mail;
        this.recipients = recipients;
        this.messages = messages;
    }

    public boolean isActiveClinician(UUID accountId) {
        return accounts.findById(accountId)
                .filter(account -> account.getRole() == Role.CLINICIAN && account.isActive() && !account.isLocked())
                .isPresent();
    }

    /**
     * Whether clients may be handed to this clinician: active, not locked, and signed in at least once, so
     * that an account opened a minute ago at an address nobody has used cannot receive a client.
     */
    public boolean canTakeOverClients(UUID accountId) {
        return isActiveClinician(accountId)
                && accounts.findById(accountId).filter(Account::hasSignedIn).isPresent();
    }

    /** A staff member's name as clients and colleagues know it; empty for a client's account. */
    public Optional<String> nameOf(UUID accountId) {
        return accounts.findById(accountId)
                .filter(account -> account.getRole() != Role.CLIENT)
                .map(Account::getDisplayName);
    }

    /** Whom a client contacts while they have no clinician: the practice's active administrators. */
    public List<StaffContact> administrators() {
        return accounts.findByRoleIn(List.of(Role.ADMIN)).stream()
                .filter(Account::isActive)
                .sorted(java.util.Comparator.comparing(Account::getCreatedAt))
                .map(account -> new StaffContact(account.getDisplayName(), account.getEmail()))
                .toList();
    }

    /**
     * Tells both clinicians of a handover once it commits: the receiving one, and the former one if still active.
     * However many clients one handover moves (a couple, or every client of a departing clinician), each clinician
     * gets one e-mail saying how many: the moves of one transaction are added up and written just before it
     * commits. Names the administrator and the day, never a client: the clinicians see who it is on their caseload
     * after signing in.
     */
    public void tellOfHandover(
            UUID fromClinicianId, UUID toClinicianId, String administrator, Instant at, int clients) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            var alone = new HandoverMails(administrator, at);
            alone.add(fromClinicianId, toClinicianId, clients);
            alone.send();
            return;
        }
        var pending = (HandoverMails) TransactionSynchronizationManager.getResource(HandoverMails.class);
        if (pending == null) {
            var mails = new HandoverMails(administrator, at);
            TransactionSynchronizationManager.bindResource(HandoverMails.class, mails);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    // Still inside the transaction: the e-mails are queued to go once it has committed.
                    mails.send();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(HandoverMails.class);
                }
            });
            pending = mails;
        }
        pending.add(fromClinicianId, toClinicianId, clients);
    }

    /** The clients one handover moved, counted per receiving and per former clinician. */
    private final class HandoverMails {

        private final String administrator;
        private final Instant at;
        private final Map<UUID, Integer> received = new LinkedHashMap<>();
        private final Map<UUID, Map<UUID, Integer>> givenAway = new LinkedHashMap<>();

        HandoverMails(String administrator, Instant at) {
            this.administrator = administrator;
            this.at = at;
        }

        void add(UUID from, UUID to, int clients) {
            received.merge(to, clients, Integer::sum);
            givenAway.computeIfAbsent(from, former -> new LinkedHashMap<>()).merge(to, clients, Integer::sum);
        }

        void send() {
            received.forEach((toClinicianId, clients) -> accounts.findById(toClinicianId)
                    .map(recipients::of)
                    .ifPresent(to -> PracticeStaff.this.sendCounted(
                            to,
                            "account.mail.handed-to-you-count",
                            clients,
                            to.name(),
                            to.time().dateTimeWithZone(at),
                            administrator,
                            clients,
                            mail.link("caseload"))));
            givenAway.forEach((fromClinicianId, colleagues) -> {
                if (!isActiveClinician(fromClinicianId)) {
                    return;
                }
                accounts.findById(fromClinicianId).map(recipients::of).ifPresent(from -> {
                    int clients = colleagues.values().stream()
                            .mapToInt(Integer::intValue)
                            .sum();
                    String names = colleagues.keySet().stream()
                            .map(colleague -> nameOf(colleague)
                                    .orElseGet(() -> messages.text("account.mail.another-clinician", from.locale())))
                            .collect(Collectors.joining(", "));
                    PracticeStaff.this.sendCounted(
                            from,
                            "account.mail.handed-away-count",
                            clients,
                            from.name(),
                            from.time().dateTimeWithZone(at),
                            administrator,
                            clients,
                            names);
                });
            });
        }
    }

    /**
     * E-mails every active administrator, once the current change commits, that a client whose clinician is not
     * active gave an answer that needs attention today: nobody would see the alert on a caseload. Names no client.
     */
    public void tellAdministratorsOfAlertWithoutClinician(UUID formerClinicianId) {
        accounts.findByRoleIn(List.of(Role.ADMIN)).stream()
                .filter(Account::isActive)
                .map(recipients::of)
                .forEach(admin -> send(
                        admin,
                        "account.mail.alert-without-clinician",
                        admin.name(),
                        nameOf(formerClinicianId)
                                .orElseGet(() -> messages.text("account.mail.a-former-clinician", admin.locale())),
                        mail.link("admin/clinicians")));
    }

    /** A message whose {@code .subject} and {@code .body} are in the bundle, in the recipient's language. */
    private void send(Recipients.Recipient to, String message, Object... arguments) {
        mail.sendAfterCommit(
                to.email(),
                messages.text(message + ".subject", to.locale()),
                messages.text(message + ".body", to.locale(), arguments));
    }

    /** As above, with a subject that says how many ({@code {0}}). */
    private void sendCounted(Recipients.Recipient to, String message, int count, Object... arguments) {
        mail.sendAfterCommit(
                to.email(),
                messages.text(message + ".subject", to.locale(), count),
                messages.text(message + ".body", to.locale(), arguments));
    }
}
