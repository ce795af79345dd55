package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.account.domain.Invitation;
import org.mendwell.account.domain.InvitationRepository;
import org.mendwell.client.ClientDetails;
import org.mendwell.client.ClientInvitationService;
import org.mendwell.client.ClientService;
import org.mendwell.client.ClientStatus;
import org.mendwell.client.InviteClient;
import org.mendwell.client.Invited;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.i18n.Language;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@MendwellTest
@Transactional
@WithUserDetails(Demo.CLINICIAN)
class InvitationServiceTest {

    static final String NEW_CLIENT = "wendell.roe@example.org";
    static final String PASSWORD = "a quiet harbour at dawn";

    @Autowired
    SignIn signIn;

    @Autowired
    InvitationService invitations;

    @Autowired
    ClientService clients;

    @Autowired
    ClientInvitationService inviting;

    @Autowired
    InvitationRepository invitationRepository;

    @Autowired
    ClientRepository clientRepository;

    @Autowired
    ClientIds clientIds;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @PersistenceContext
    EntityManager entityManager;

    private Invited inviteWendell() {
        return inviting.invite(InviteClient.individual("Wendell Roe", NEW_CLIENT));
    }

    private static String tokenOf(InvitationLink link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    private UUID accountIdOf(UUID clientId) {
        return clientRepository.findById(clientId).orElseThrow().getAccountId();
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void an_invitation_link_opens_for_the_invited_person_and_only_its_hash_is_stored() throws Exception {
        Invited invited = inviteWendell();
        String token = tokenOf(invited.link());

        assertThat(invited.link().url()).matches("https?://.+/invitation/[A-Za-z0-9_-]{43}");
        assertThat(invited.link().emailed())
                .as("no mail server is configured in tests")
                .isFalse();
        assertThat(invitations.open(token))
                .contains(new InvitationService.InvitedPerson(NEW_CLIENT, "Wendell Roe", null));

        entityManager.flush();
        List<String> stored = jdbc.queryForList(
                "select token_hash from invitation where account_id = ?",
                String.class,
                accountIdOf(invited.client().clientId()));
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst())
                .matches("[0-9a-f]{64}")
                .isNotEqualTo(token)
                .isEqualTo(sha256(token));
        List<String> everyHash = jdbc.queryForList("select token_hash from invitation", String.class);
        assertThat(everyHash).allMatch(hash -> hash.matches("[0-9a-f]{64}")).doesNotContain(token);
        assertThat(jdbc.queryForObject(
                        "select count(*) from invitation where token_hash like ?", Long.class, "%" + token + "%"))
                .isZero();
    }

    @Test
    void a_link_nobody_issued_opens_nothing() {
        assertThat(invitations.open("not-a-token")).isEmpty();
        assertThat(invitations.open("")).isEmpty();
        assertThat(invitations.open("x".repeat(500))).isEmpty();
        assertThatThrownBy(() -> invitations.activate("not-a-token", PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("token"));
    }

    @Test
    void activating_sets_the_password_uses_up_the_link_and_starts_the_intake() {
        Invited invited = inviteWendell();
        UUID clientId = invited.client().clientId();
        String token = tokenOf(invited.link());

        String signInEmail = invitations.activate(token, PASSWORD);

        assertThat(signInEmail).isEqualTo(NEW_CLIENT);
        UserDetails user = userDetails.loadUserByUsername(NEW_CLIENT);
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getPassword()).isNotNull().doesNotContain(PASSWORD);
        assertThat(passwordEncoder.matches(PASSWORD, user.getPassword())).isTrue();

        assertThat(invitations.open(token)).as("a link works once").isEmpty();
        assertThatThrownBy(() -> invitations.activate(token, "another quiet harbour at dusk"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("token"));
        assertThat(passwordEncoder.matches(
                        PASSWORD, userDetails.loadUserByUsername(NEW_CLIENT).getPassword()))
                .as("the second attempt changed nothing")
                .isTrue();

        ClientDetails details = clients.details(clientId);
        assertThat(details.status()).isEqualTo(ClientStatus.INTAKE_IN_PROGRESS);
        assertThat(details.history().getLast()).satisfies(change -> {
            assertThat(change.from()).isEqualTo(ClientStatus.INVITED);
            assertThat(change.to()).isEqualTo(ClientStatus.INTAKE_IN_PROGRESS);
            assertThat(change.actor()).isEqualTo("Client");
        });
        assertThat(details.invitation())
                .hasValueSatisfying(state -> assertThat(state.status()).isEqualTo(InvitationState.Status.USED));
    }

    @Test
    void a_weak_password_is_refused_and_the_link_stays_usable() {
        Invited invited = inviteWendell();
        String token = tokenOf(invited.link());

        assertThatThrownBy(() -> invitations.activate(token, "password1234"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("password"));
        assertThatThrownBy(() -> invitations.activate(token, "short"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("password"));

        assertThat(userDetails.loadUserByUsername(NEW_CLIENT).getPassword()).isNull();
        assertThat(invitations.open(token)).isPresent();
        assertThat(clients.details(invited.client().clientId()).status()).isEqualTo(ClientStatus.INVITED);
        assertThat(invitations.activate(token, PASSWORD)).isEqualTo(NEW_CLIENT);
    }

    @Test
    void resending_an_invitation_revokes_the_earlier_link() {
        Invited invited = inviteWendell();
        String oldToken = tokenOf(invited.link());

        InvitationLink fresh = inviting.resendInvitation(invited.client().clientId());
        String newToken = tokenOf(fresh);

        assertThat(newToken).isNotEqualTo(oldToken);
        assertThat(invitations.open(oldToken)).isEmpty();
        assertThatThrownBy(() -> invitations.activate(oldToken, PASSWORD)).isInstanceOf(InvalidInputException.class);
        assertThat(invitations.open(newToken))
                .map(InvitationService.InvitedPerson::email)
                .contains(NEW_CLIENT);
        List<Invitation> rows = invitationRepository.findByAccountIdOrderByCreatedAtDesc(
                accountIdOf(invited.client().clientId()));
        assertThat(rows).hasSize(2);
        assertThat(rows).filteredOn(i -> i.getRevokedAt() == null).hasSize(1);
        assertThat(invitations.activate(newToken, PASSWORD)).isEqualTo(NEW_CLIENT);
    }

    @Test
    void revoking_an_invitation_makes_the_link_unusable() {
        Invited invited = inviteWendell();
        String token = tokenOf(invited.link());

        inviting.revokeInvitation(invited.client().clientId());

        assertThat(invitations.open(token)).isEmpty();
        assertThatThrownBy(() -> invitations.activate(token, PASSWORD)).isInstanceOf(InvalidInputException.class);
        assertThat(clients.details(invited.client().clientId()).invitation())
                .hasValueSatisfying(state -> assertThat(state.status()).isEqualTo(InvitationState.Status.REVOKED));
    }

    @Test
    void an_invitation_is_valid_for_seven_days_and_not_a_moment_longer() {
        Invited invited = inviteWendell();
        Invitation invitation = invitationRepository
                .findByAccountIdOrderByCreatedAtDesc(
                        accountIdOf(invited.client().clientId()))
                .getFirst();
        Instant issued = invitation.getCreatedAt();

        assertThat(InvitationService.VALIDITY).isEqualTo(Duration.ofDays(7));
        assertThat(Duration.between(issued, invitation.getExpiresAt())).isEqualTo(InvitationService.VALIDITY);
        assertThat(invited.link().expiresAt()).isEqualTo(invitation.getExpiresAt());
        assertThat(invitation.isUsable(issued.plus(Duration.ofDays(6)))).isTrue();
        assertThat(invitation.isUsable(issued.plus(InvitationService.VALIDITY))).isFalse();
        assertThat(invitation.isUsable(issued.plus(Duration.ofDays(8)))).isFalse();
    }

    @Test
    void a_client_who_already_has_a_password_gets_no_new_link() {
        UUID robin = clientIds.of(Demo.CLIENT);

        assertThatThrownBy(() -> inviting.resendInvitation(robin))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("invitation"));
    }

    @Test
    void an_e_mail_address_already_in_use_or_malformed_is_refused() {
        for (String email :
                List.of(Demo.CLIENT_2, "Client@Mendwell.EXAMPLE", "CLINICIAN@mendwell.example", "not-an-address")) {
            assertThatThrownBy(() -> inviting.invite(InviteClient.individual("Someone New", email)))
                    .as(email)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems()).containsOnlyKeys("email"));
        }
        assertThat(clients.caseloadSize()).isEqualTo(Demo.CLINICIAN_CASELOAD);
    }

    @Test
    void a_clinician_cannot_resend_or_revoke_another_clinicians_invitation() {
        Invited invited = inviteWendell();
        UUID wendell = invited.client().clientId();
        String token = tokenOf(invited.link());

        signIn.as(Demo.CLINICIAN_2);
        assertThatThrownBy(() -> inviting.resendInvitation(wendell)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> inviting.revokeInvitation(wendell)).isInstanceOf(RecordNotFoundException.class);

        assertThat(invitations.open(token)).as("the link still works").isPresent();
        assertThat(invitationRepository.findByAccountIdOrderByCreatedAtDesc(accountIdOf(wendell)))
                .hasSize(1);
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN_2)
    void the_invitation_service_itself_refuses_another_clinicians_client_and_staff_accounts() {
        UUID tobiasAccount =
                clientRepository.findByEmail(Demo.TOBIAS).orElseThrow().getAccountId();
        UUID staffAccount = ((org.mendwell.account.security.AccountPrincipal)
                        userDetails.loadUserByUsername(Demo.CLINICIAN))
                .toSignedInUser()
                .accountId();

        for (UUID account : List.of(tobiasAccount, staffAccount)) {
            assertThatThrownBy(() -> invitations.issue(account, "Someone", Language.SPANISH))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> invitations.revoke(account)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> invitations.latest(account)).isInstanceOf(RecordNotFoundException.class);
        }
    }
}
