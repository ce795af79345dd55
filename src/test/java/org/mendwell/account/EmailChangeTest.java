package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.support.Authenticator;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.mendwell.support.SignInFixtures;
import org.mendwell.support.TestClock;
import org.mendwell.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Changing the address one signs in with: the password (and code) again, a valid free address, the
 * old address told, the other sessions ended, the client record following. Committed for real (the
 * notices leave after commit), so the context is not reused.
 */
@MendwellTest
@Import(TestClock.class)
@DirtiesContext
class EmailChangeTest {

    static final TestMailServer mail = new TestMailServer();

    @RegisterExtension
    static final GreenMailExtension smtp = mail.extension();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        mail.configure(registry);
    }

    @Autowired MyAccountService myAccount;
    @Autowired AccountRepository accounts;
    @Autowired AuthenticationProvider passwordSignIn;
    @Autowired SignIn signIn;
    @Autowired SignInFixtures fixtures;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void freshCounts() {
        fixtures.freshStart();
    }

    private static void assertRefused(Runnable change, String field, String message) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsEntry(field, message));
    }

    private Authentication passwordCheck(String email) {
        return passwordSignIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, Demo.PASSWORD));
    }

    @Test
    void a_wrong_password_is_refused_and_nothing_changes() {
        signIn.as(Demo.HANA);

        assertRefused(() -> myAccount.changeEmail("not my password", "", "hana.new@example.org"),
                "currentPassword", "That is not your current password");
        assertThat(accounts.findByEmail(Demo.HANA)).isPresent();
        assertThat(accounts.findByEmail("hana.new@example.org")).isEmpty();
    }

    @Test
    void with_an_authenticator_app_a_wrong_code_is_refused() {
        Authenticator phone = fixtures.enrol(Demo.OSKAR);
        clock.set(clock.instant().plusSeconds(30)); // the code the enrolment used is spent
        signIn.as(Demo.OSKAR);

        assertRefused(() -> myAccount.changeEmail(Demo.PASSWORD, "000000", "oskar.new@example.org"), "code",
                "That code didn't match. Type the current code from your app, or a recovery code");
        assertThat(accounts.findByEmail("oskar.new@example.org")).isEmpty();

        myAccount.changeEmail(Demo.PASSWORD, phone.code(), "oskar.new@example.org");
        assertThat(accounts.findByEmail("oskar.new@example.org")).isPresent();
    }

    @Test
    void an_address_someone_signs_in_with_or_a_malformed_one_is_refused_next_to_the_field() {
        signIn.as(Demo.SAMUEL);
        String refused = "This address can't be used to sign in to Mendwell. Choose another, or ask your practice for help";

        assertRefused(() -> myAccount.changeEmail(Demo.PASSWORD, "", Demo.CLINICIAN), "newEmail", refused);
        assertRefused(() -> myAccount.changeEmail(Demo.PASSWORD, "", "  " + Demo.CLIENT_2.toUpperCase() + " "),
                "newEmail", refused);
        assertRefused(() -> myAccount.changeEmail(Demo.PASSWORD, "", "not an address"), "newEmail",
                "Enter a valid e-mail address, like name@example.org");
        // Well formed (a 64-character local part, labels of 60) but 259 characters long, so that only the
        // length rule applies: a malformed long address may get either message, in no fixed order.
        String tooLong = "a".repeat(64) + "@" + ("d".repeat(60) + ".").repeat(3) + "example.org";
        assertRefused(() -> myAccount.changeEmail(Demo.PASSWORD, "", tooLong), "newEmail",
                "An e-mail address has at most 254 characters");
        assertRefused(() -> myAccount.changeEmail(Demo.PASSWORD, "", Demo.SAMUEL), "newEmail",
                "That is already the address you sign in with");
        assertThat(accounts.findByEmail(Demo.SAMUEL)).isPresent();
    }

    @Test
    void after_the_change_only_the_new_address_signs_in_the_old_one_is_told_and_other_sessions_end() {
        var before = accounts.findByEmail(Demo.MARCUS).orElseThrow();
        String newEmail = "marcus.elsewhere@example.org";
        signIn.as(Demo.MARCUS);

        myAccount.changeEmail(Demo.PASSWORD, "", " Marcus.Elsewhere@Example.org ");
        TestSecurityContextHolder.clearContext();

        assertThatThrownBy(() -> passwordCheck(Demo.MARCUS)).isInstanceOf(BadCredentialsException.class);
        assertThat(passwordCheck(newEmail).isAuthenticated()).isTrue();
        var after = accounts.findByEmail(newEmail).orElseThrow();
        assertThat(after.getId()).isEqualTo(before.getId());
        assertThat(after.getSessionEpoch()).as("other sessions end").isGreaterThan(before.getSessionEpoch());
        assertThat(jdbc.queryForObject("select email from client where account_id = ?", String.class, before.getId()))
                .as("the client record follows, so reminders go to the new address").isEqualTo(newEmail);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where operation = 'MyAccountService.changeEmail'
                   and action = 'CHANGE' and actor_id = ?""", Integer.class, before.getId()))
                .as("the change is in the audit trail").isEqualTo(1);

        assertThat(mail.bodiesTo(Demo.MARCUS, 1)).singleElement().asString()
                .contains("The e-mail address you sign in with was changed to m***@example.org")
                .doesNotContain(newEmail);
        assertThat(mail.bodiesTo(newEmail, 2)).singleElement().asString()
                .contains("This is now the e-mail address you sign in with.");
    }

    @Test
    void the_notice_names_the_new_address_only_in_part() {
        assertThat(MyAccountService.masked("marcus@example.org")).isEqualTo("m***@example.org");
        assertThat(MyAccountService.masked("m@example.org")).isEqualTo("***@example.org");
    }
}
