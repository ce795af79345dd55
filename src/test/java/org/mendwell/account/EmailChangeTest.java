package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.client.ClientInvitationService;
import org.mendwell.client.InviteClient;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.support.Authenticator;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.mendwell.support.SignInFixtures;
import org.mendwell.support.TestMailServer;
import org.mendwell.support.WithTestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * Changing the address one signs in with: the password (and code) again, a valid free address, then
 * a link sent to the new address, opened by the same account (issue 14, finding 7); until then nothing
 * changes and the address is not reserved. Then the old address is told, the other sessions end and
 * the client record follows. Committed for real (the notices leave after commit), so the demo
 * practice is restored afterwards.
 */
@MendwellTest
@ChangesDemoPractice
@WithTestMailServer
class EmailChangeTest {

    @Autowired
    TestMailServer mail;

    @Autowired
    MyAccountService myAccount;

    @Autowired
    AccountRepository accounts;

    @Autowired
    AuthenticationProvider passwordSignIn;

    @Autowired
    SignIn signIn;

    @Autowired
    SignInFixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClientInvitationService inviting;

    @Autowired
    org.mendwell.account.security.SignInThrottle throttle;

    @BeforeEach
    void freshCounts() {
        fixtures.freshStart();
    }

    private static void assertRefused(Runnable change, String field, String message) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry(field, message));
    }

    private Authentication passwordCheck(String email) {
        return passwordSignIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, Demo.PASSWORD));
    }

    private int requestsFor(String newEmail) {
        return jdbc.queryForObject("select count(*) from email_change where new_email = ?", Integer.class, newEmail);
    }

    /** Asks for the change as the signed-in person and answers the token from the link mailed to the new address. */
    private String askFor(String newEmail) {
        myAccount.requestEmailChange(Demo.PASSWORD, "", newEmail);
        return mail.tokenMailedTo(Account.normaliseEmail(newEmail), "confirm-email/");
    }

    @Test
    void a_wrong_password_is_refused_and_nothing_changes() {
        signIn.as(Demo.HANA);

        assertRefused(
                () -> myAccount.requestEmailChange("not my password", "", "hana.new@example.org"),
                "currentPassword",
                "That is not your current password");
        assertThat(accounts.findByEmail(Demo.HANA)).isPresent();
        assertThat(requestsFor("hana.new@example.org")).isZero();
    }

    @Test
    void with_an_authenticator_app_a_wrong_code_is_refused() {
        Authenticator phone = fixtures.enrol(Demo.OSKAR);
        clock.set(clock.instant().plusSeconds(30)); // the code the enrolment used is spent
        signIn.as(Demo.OSKAR);

        assertRefused(
                () -> myAccount.requestEmailChange(Demo.PASSWORD, "000000", "oskar.new@example.org"),
                "code",
                AuthenticatorWords.wrongCodeOrRecoveryCode());
        assertThat(requestsFor("oskar.new@example.org")).isZero();

        myAccount.requestEmailChange(Demo.PASSWORD, phone.code(), "oskar.new@example.org");
        myAccount.confirmEmailChange(mail.tokenMailedTo("oskar.new@example.org", "confirm-email/"));
        assertThat(accounts.findByEmail("oskar.new@example.org")).isPresent();
    }

    @Test
    void an_address_someone_signs_in_with_or_a_malformed_one_is_refused_next_to_the_field() {
        signIn.as(Demo.SAMUEL);
        String refused =
                "This address can't be used to sign in to Mendwell. Choose another, or ask your practice for help";

        assertRefused(() -> myAccount.requestEmailChange(Demo.PASSWORD, "", Demo.CLINICIAN), "newEmail", refused);
        assertRefused(
                () -> myAccount.requestEmailChange(Demo.PASSWORD, "", "  " + Demo.CLIENT_2.toUpperCase() + " "),
                "newEmail",
                refused);
        assertRefused(
                () -> myAccount.requestEmailChange(Demo.PASSWORD, "", "not an address"),
                "newEmail",
                "Enter a valid e-mail address, like name@example.org");
        // Well formed (a 64-character local part, labels of 60) but 259 characters long, so that only the
        // length rule applies: a malformed long address may get either message, in no fixed order.
        String tooLong = "a".repeat(64) + "@" + ("d".repeat(60) + ".").repeat(3) + "example.org";
        assertRefused(
                () -> myAccount.requestEmailChange(Demo.PASSWORD, "", tooLong),
                "newEmail",
                "254 characters at most; you have 259.");
        assertRefused(
                () -> myAccount.requestEmailChange(Demo.PASSWORD, "", Demo.SAMUEL),
                "newEmail",
                "That is already the address you sign in with");
        assertThat(accounts.findByEmail(Demo.SAMUEL)).isPresent();
    }

    @Test
    void asking_changes_nothing_and_reserves_nothing_until_the_link_sent_to_the_new_address_is_opened() {
        String newEmail = "marcus.asked@example.org";
        var before = accounts.findByEmail(Demo.MARCUS).orElseThrow();
        signIn.as(Demo.MARCUS);

        String token = askFor(" Marcus.Asked@Example.org ");

        assertThat(myAccount.security().pendingEmail()).isEqualTo(newEmail);
        TestSecurityContextHolder.clearContext();
        assertThat(passwordCheck(Demo.MARCUS).isAuthenticated())
                .as("the old address still signs in")
                .isTrue();
        assertThatThrownBy(() -> passwordCheck(newEmail)).isInstanceOf(BadCredentialsException.class);
        var unchanged = accounts.findByEmail(Demo.MARCUS).orElseThrow();
        assertThat(unchanged.getSessionEpoch()).as("no session ends yet").isEqualTo(before.getSessionEpoch());
        assertThat(jdbc.queryForObject(
                        "select token_hash from email_change where account_id = ?", String.class, before.getId()))
                .as("only the token's hash is stored")
                .isEqualTo(Tokens.sha256(token));
        assertThat(mail.bodiesTo(Demo.MARCUS, 1))
                .singleElement()
                .asString()
                .contains("asked to sign in with m***@example.org instead of this address")
                .doesNotContain(newEmail);

        signIn.as(Demo.CLINICIAN);
        inviting.invite(InviteClient.individual("Marcus Asked", newEmail));
        assertThat(accounts.findByEmail(newEmail))
                .as("the address's owner can still be invited")
                .isPresent();
    }

    @Test
    void once_the_link_is_opened_only_the_new_address_signs_in_the_old_one_is_told_and_other_sessions_end() {
        var before = accounts.findByEmail(Demo.ELENA).orElseThrow();
        String newEmail = "elena.elsewhere@example.org";
        signIn.as(Demo.ELENA);
        String token = askFor(newEmail);

        assertThat(myAccount.confirmEmailChange(token)).isEqualTo(newEmail);
        TestSecurityContextHolder.clearContext();

        assertThatThrownBy(() -> passwordCheck(Demo.ELENA)).isInstanceOf(BadCredentialsException.class);
        assertThat(passwordCheck(newEmail).isAuthenticated()).isTrue();
        var after = accounts.findByEmail(newEmail).orElseThrow();
        assertThat(after.getId()).isEqualTo(before.getId());
        assertThat(after.getSessionEpoch()).as("other sessions end").isGreaterThan(before.getSessionEpoch());
        assertThat(jdbc.queryForObject("select email from client where account_id = ?", String.class, before.getId()))
                .as("the client record follows, so reminders go to the new address")
                .isEqualTo(newEmail);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where operation = 'MyAccountService.confirmEmailChange'
                   and action = 'CHANGE' and actor_id = ?""", Integer.class, before.getId()))
                .as("the change is in the audit trail")
                .isEqualTo(1);
        assertThat(mail.bodiesTo(Demo.ELENA, 2))
                .anySatisfy(body -> assertThat(body)
                        .contains("The e-mail address you sign in with was changed to e***@example.org"))
                .noneSatisfy(body -> assertThat(body).contains(newEmail));
    }

    @Test
    void a_link_works_once_for_thirty_minutes_and_a_newer_one_replaces_it() {
        signIn.as(Demo.JONAS);
        String first = askFor("jonas.first@example.org");

        assertRefused(
                () -> myAccount.requestEmailChange(Demo.PASSWORD, "", "jonas.second@example.org"),
                "newEmail",
                "A link was sent a moment ago. Wait a minute before asking for another");
        clock.set(clock.instant().plus(MyAccountService.EMAIL_LINK_RESEND_AFTER));
        String second = askFor("jonas.second@example.org");
        String expired = "This link has expired or has already been used. You still sign in with your current "
                + "address; ask for a new link on the Account security page.";
        assertRefused(() -> myAccount.confirmEmailChange(first), "token", expired);

        clock.set(clock.instant().plus(MyAccountService.EMAIL_LINK_VALIDITY));
        assertRefused(() -> myAccount.confirmEmailChange(second), "token", expired);
        assertThat(myAccount.security().pendingEmail()).isNull();

        String third = askFor("jonas.third@example.org");
        myAccount.confirmEmailChange(third);
        signIn.as("jonas.third@example.org");
        assertRefused(() -> myAccount.confirmEmailChange(third), "token", expired);
        assertRefused(() -> myAccount.confirmEmailChange(""), "token", expired);
        assertThat(accounts.findByEmail("jonas.third@example.org")).isPresent();
    }

    @Test
    void a_link_opened_by_someone_else_signed_in_changes_nothing_and_still_works_for_its_owner() {
        signIn.as(Demo.PRIYA);
        String token = askFor("priya.new@example.org");

        signIn.as(Demo.NADIA);
        assertRefused(
                () -> myAccount.confirmEmailChange(token),
                "token",
                "This link was sent for another Mendwell "
                        + "account. Sign out, then open the link again and sign in with the account that asked for the change.");
        assertThat(accounts.findByEmail(Demo.NADIA)).isPresent();
        assertThat(accounts.findByEmail(Demo.PRIYA)).isPresent();

        signIn.as(Demo.PRIYA);
        myAccount.confirmEmailChange(token);
        assertThat(accounts.findByEmail("priya.new@example.org")).isPresent();
    }

    @Test
    void an_address_its_owner_was_invited_with_meanwhile_stays_theirs() {
        String address = "hana.taken@example.org";
        signIn.as(Demo.HANA);
        String token = askFor(address);
        signIn.as(Demo.CLINICIAN);
        inviting.invite(InviteClient.individual("The Real Owner", address));

        signIn.as(Demo.HANA);
        assertRefused(
                () -> myAccount.confirmEmailChange(token),
                "token",
                "This address is now used by another "
                        + "Mendwell account, so it can't become yours. You still sign in with your current address.");
        assertThat(accounts.findByEmail(Demo.HANA)).isPresent();
        assertThat(accounts.findByEmail(address).orElseThrow().getDisplayName()).isEqualTo("The Real Owner");
    }

    @Test
    void the_notice_names_the_new_address_only_in_part() {
        assertThat(MyAccountService.masked("marcus@example.org")).isEqualTo("m***@example.org");
        assertThat(MyAccountService.masked("m@example.org")).isEqualTo("***@example.org");
    }

    /**
     * Security round 2, finding 7: each "address in use" answer counted as a failed sign-in, so an owner who
     * tried a few addresses was paused from signing in. Such refusals now have a limit of their own.
     */
    @Test
    void refused_addresses_have_a_limit_of_their_own_and_never_slow_the_owners_sign_in() {
        signIn.as(Demo.CLIENT);
        for (int i = 0; i < RefusedAddressChanges.LIMIT; i++) {
            assertRefused(
                    () -> myAccount.requestEmailChange(Demo.PASSWORD, "", Demo.CLINICIAN),
                    "newEmail",
                    Messages.ofPage(MyAccountService.ADDRESS_UNAVAILABLE));
        }

        assertThat(throttle.mustWait(Demo.CLIENT, "127.0.0.1"))
                .as("her sign-in is not slowed")
                .isFalse();
        assertThat(passwordCheck(Demo.CLIENT).isAuthenticated()).isTrue();
        assertRefused(
                () -> myAccount.requestEmailChange(Demo.PASSWORD, "", "robin.free@example.org"),
                "newEmail",
                Messages.ofPage(MyAccountService.TOO_MANY_UNAVAILABLE));
        assertThat(requestsFor("robin.free@example.org"))
                .as("refused unchecked, even a free address")
                .isZero();

        clock.set(clock.instant().plus(RefusedAddressChanges.WINDOW).plusSeconds(1));
        assertRefused(
                () -> myAccount.requestEmailChange(Demo.PASSWORD, "", Demo.CLINICIAN),
                "newEmail",
                Messages.ofPage(MyAccountService.ADDRESS_UNAVAILABLE)); // an hour later the address is checked again
    }
}
