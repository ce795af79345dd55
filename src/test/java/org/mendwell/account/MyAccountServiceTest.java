package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.support.Authenticator;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.mendwell.support.SignInFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.transaction.BeforeTransaction;
import org.springframework.transaction.annotation.Transactional;

/** A person's own password and authenticator app; every change asks again who they are. */
@MendwellTest
@Transactional
@WithUserDetails(Demo.CLIENT)
class MyAccountServiceTest {

    static final String NEW_PASSWORD = "a heron over the reed beds";

    @Autowired
    MyAccountService myAccount;

    @Autowired
    PracticeSecurity practiceSecurity;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    SignIn signIn;

    /** Outside the test's transaction: the throttle writes in transactions of its own, which must not wait for it. */
    @BeforeTransaction
    void freshCounts() {
        fixtures.freshStart();
    }

    @Autowired
    SignInFixtures fixtures;

    /** Sets up the app for the signed-in person and returns their phone and recovery codes. */
    private Enrolled enrol() {
        myAccount.startMfaEnrolment(Demo.PASSWORD);
        var phone = new Authenticator(myAccount.mfaEnrolmentSecret(), clock);
        List<String> codes = myAccount.confirmMfaEnrolment(phone.code());
        clock.set(clock.instant().plusSeconds(30)); // the code just used is spent
        return new Enrolled(phone, codes);
    }

    record Enrolled(Authenticator phone, List<String> recoveryCodes) {}

    private static void assertRefused(Runnable change, String field) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey(field));
    }

    @Test
    void a_new_password_equal_to_the_current_one_is_refused_against_the_new_password() {
        accounts.findByEmail(Demo.CLIENT).orElseThrow().setPasswordHash(passwordEncoder.encode(NEW_PASSWORD));

        assertThatThrownBy(() -> myAccount.changePassword(NEW_PASSWORD, "", NEW_PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(Map.entry(
                                        "password", "Choose a new password that is different from your current one")));
    }

    @Test
    void setting_up_the_app_needs_the_password_and_then_a_code_from_it_and_gives_ten_recovery_codes() {
        assertRefused(() -> myAccount.startMfaEnrolment("not my password"), "currentPassword");
        String uri = myAccount.startMfaEnrolment(Demo.PASSWORD);
        assertThat(uri).startsWith("otpauth://totp/Mendwell:client%40mendwell.example?secret=");
        assertThat(myAccount.security().mfaEnabled())
                .as("not before a code confirms it")
                .isFalse();

        assertRefused(() -> myAccount.confirmMfaEnrolment("000000"), "code");
        var phone = new Authenticator(myAccount.mfaEnrolmentSecret(), clock);
        List<String> codes = myAccount.confirmMfaEnrolment(phone.code());

        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(myAccount.security()).isEqualTo(new MySecurity(true, 10, false, null));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void the_key_and_the_recovery_codes_are_stored_only_encrypted_or_hashed_and_never_logged(CapturedOutput log) {
        Enrolled enrolled = enrol();
        accounts.flush();
        assertThat(log.getAll())
                .doesNotContain(enrolled.phone().base32Key())
                .doesNotContain(enrolled.recoveryCodes().getFirst());

        String stored =
                jdbc.queryForObject("select mfa_secret from account where email = ?", String.class, Demo.CLIENT);
        assertThat(stored).doesNotContain(enrolled.phone().base32Key());
        List<String> hashes = jdbc.queryForList(
                "select r.code_hash from recovery_code r join account a " + "on a.id = r.account_id where a.email = ?",
                String.class,
                Demo.CLIENT);
        assertThat(hashes).hasSize(10).allMatch(h -> h.startsWith("{argon2}"));
        for (String code : enrolled.recoveryCodes()) {
            assertThat(hashes).noneMatch(h -> h.contains(code) || h.contains(code.replace("-", "")));
        }
    }

    @Test
    void changing_the_password_needs_the_current_password_and_a_fresh_code_and_ends_other_sessions() {
        Enrolled enrolled = enrol();
        int epoch = accounts.findByEmail(Demo.CLIENT).orElseThrow().getSessionEpoch();

        assertRefused(
                () -> myAccount.changePassword(
                        "not my password", enrolled.phone().code(), NEW_PASSWORD),
                "currentPassword");
        assertRefused(() -> myAccount.changePassword(Demo.PASSWORD, "", NEW_PASSWORD), "code");
        assertRefused(
                () -> myAccount.changePassword(Demo.PASSWORD, enrolled.phone().code(), "password1234"), "password");

        String code = enrolled.phone().code();
        myAccount.changePassword(Demo.PASSWORD, code, NEW_PASSWORD);

        var account = accounts.findByEmail(Demo.CLIENT).orElseThrow();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, account.getPasswordHash()))
                .isTrue();
        assertThat(account.getSessionEpoch()).isGreaterThan(epoch);
        assertRefused(() -> myAccount.changePassword(NEW_PASSWORD, code, "another heron over the reeds"), "code");
    }

    @Test
    void a_recovery_code_stands_in_for_the_app_once() {
        Enrolled enrolled = enrol();
        String recovery = enrolled.recoveryCodes().getFirst();

        myAccount.changePassword(Demo.PASSWORD, recovery.toUpperCase(), NEW_PASSWORD);

        assertThat(myAccount.security().recoveryCodesLeft()).isEqualTo(9);
        assertRefused(() -> myAccount.changePassword(NEW_PASSWORD, recovery, "another heron over the reeds"), "code");
    }

    @Test
    void turning_the_app_off_needs_the_password_and_a_code_and_removes_the_recovery_codes() {
        Enrolled enrolled = enrol();

        assertRefused(() -> myAccount.disableMfa(Demo.PASSWORD, "123456"), "code");
        myAccount.disableMfa(Demo.PASSWORD, enrolled.phone().code());

        assertThat(myAccount.security()).isEqualTo(new MySecurity(false, 0, false, null));
        accounts.flush();
        assertThat(jdbc.queryForObject(
                        "select count(*) from recovery_code r join account a on a.id = r.account_id "
                                + "where a.email = ?",
                        Long.class,
                        Demo.CLIENT))
                .isZero();
    }

    @Test
    void repeated_wrong_passwords_on_the_account_page_pause_it() {
        for (int i = 0; i < 10; i++) {
            assertRefused(() -> myAccount.changePassword("guess", "", NEW_PASSWORD), "currentPassword");
        }

        assertThatThrownBy(() -> myAccount.changePassword(Demo.PASSWORD, "", NEW_PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get("currentPassword")).contains("paused"));
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void when_the_practice_requires_it_staff_cannot_turn_the_app_off_but_clients_can() {
        Enrolled clinicians = enrol();
        signIn.as(Demo.ADMIN);
        practiceSecurity.requireStaffMfa(true);

        signIn.as(Demo.CLINICIAN);
        assertThat(myAccount.security().mfaRequiredForMe()).isTrue();
        assertRefused(
                () -> myAccount.disableMfa(Demo.PASSWORD, clinicians.phone().code()), "code");
        assertThat(myAccount.security().mfaEnabled()).isTrue();

        signIn.as(Demo.CLIENT);
        assertThat(myAccount.security().mfaRequiredForMe()).isFalse();
        Enrolled clients = enrol();
        myAccount.disableMfa(Demo.PASSWORD, clients.phone().code());
        assertThat(myAccount.security().mfaEnabled()).isFalse();
    }

    @Test
    void only_an_administrator_changes_the_practice_rule() {
        assertThatThrownBy(() -> practiceSecurity.requireStaffMfa(true)).isInstanceOf(AccessDeniedException.class);
        signIn.as(Demo.CLINICIAN);
        assertThatThrownBy(() -> practiceSecurity.requireStaffMfa(true)).isInstanceOf(AccessDeniedException.class);
        assertThat(practiceSecurity.staffMfaRequired()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_out_reaches_anyones_settings() {
        assertThatThrownBy(() -> myAccount.security()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myAccount.startMfaEnrolment(Demo.PASSWORD)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void without_a_mail_server_an_e_mail_change_is_refused_rather_than_claimed_to_be_on_its_way() {
        var before = accounts.findByEmail(Demo.CLIENT).orElseThrow();

        assertThatThrownBy(() -> myAccount.requestEmailChange(Demo.PASSWORD, "", "robin.new@example.org"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .containsEntry("newEmail", Messages.ofPage(MyAccountService.CANNOT_SEND_LINK)));

        assertThat(jdbc.queryForObject(
                        "select count(*) from email_change where account_id = ?", Long.class, before.getId()))
                .as("no link was made")
                .isZero();
        assertThat(accounts.findByEmail(Demo.CLIENT))
                .as("the address is unchanged")
                .isPresent();
    }
}
