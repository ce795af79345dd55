package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mendwell.audit.AuditAction;
import org.mendwell.audit.AuditEntry;
import org.mendwell.audit.AuditFilter;
import org.mendwell.audit.AuditService;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.HttpVisitor;
import org.mendwell.support.MendwellWebTest;
import org.mendwell.support.SignIn;
import org.mendwell.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * Issue 14, finding 3: an administrator can lock, unlock, deactivate or send a reset link, but never
 * choose or learn a staff member's password. Each action is audited and e-mailed to the account's owner;
 * the first sign-in after a reset the administrator asked for is marked in the trail. Real SMTP, real HTTP.
 */
@MendwellWebTest
@ChangesDemoPractice
class AdministratorAccountActionsTest {

    static final String NEW_PASSWORD = "kingfishers along the weir";

    @Autowired
    TestMailServer mail;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordResetService resets;

    @Autowired
    AuditService audit;

    @Autowired
    UserDetailsService users;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        TestSecurityContextHolder.clearContext();
    }

    private UUID clinician2() {
        signIn.as(Demo.ADMIN);
        return accounts.findByEmail(Demo.CLINICIAN_2).orElseThrow().id();
    }

    private List<String> operationsOn(UUID account) {
        signIn.as(Demo.ADMIN);
        return audit
                .entries(new AuditFilter(Demo.ADMIN, null, AuditAction.CHANGE, null, null), PageRequest.of(0, 50))
                .stream()
                .filter(e -> account.equals(e.recordId()))
                .map(AuditEntry::operation)
                .toList();
    }

    @Test
    void no_administrator_operation_takes_a_password() {
        List<Method> takingAPassword = Arrays.stream(AccountService.class.getMethods())
                .filter(m -> m.getName().toLowerCase(java.util.Locale.ROOT).contains("password"))
                .filter(m ->
                        Arrays.asList(m.getParameterTypes()).contains(String.class) || m.getReturnType() != void.class)
                .toList();
        assertThat(takingAPassword).as("methods that take or return a password").isEmpty();
    }

    @Test
    void a_reset_link_the_administrator_asks_for_reaches_the_owner_only_and_its_first_use_is_marked() throws Exception {
        UUID account = clinician2();
        // Other classes sharing this application sign in as this clinician too: only this test's sign-ins count.
        long lastSignInBefore =
                clinician2SignIns().stream().mapToLong(AuditEntry::seq).max().orElse(0);

        accounts.sendPasswordReset(account);

        List<String> toOwner = mail.bodiesTo(Demo.CLINICIAN_2, 1);
        assertThat(toOwner).singleElement().asString().contains("administrator asked", "does not see this link");
        // Counted by content, not in all: the mail server serves the whole run, and another test's message
        // may still be arriving.
        assertThat(mail.bodiesNotTo(Demo.CLINICIAN_2))
                .as("nobody else, the administrator included, gets the link")
                .noneSatisfy(body -> assertThat(body).contains("reset-password/"));
        assertThat(operationsOn(account)).contains("AccountService.sendPasswordReset");

        TestSecurityContextHolder.clearContext();
        resets.reset(TestMailServer.tokenAfter("reset-password/", toOwner.getFirst()), NEW_PASSWORD);
        assertThat(new HttpVisitor(port).signIn(Demo.CLINICIAN_2, NEW_PASSWORD)).doesNotContain("error");
        assertThat(new HttpVisitor(port).signIn(Demo.CLINICIAN_2, NEW_PASSWORD)).doesNotContain("error");

        assertThat(clinician2SignIns())
                .filteredOn(entry -> entry.seq() > lastSignInBefore)
                .extracting(AuditEntry::operation)
                .containsExactly("sign-in", "first sign-in after an administrator's reset link");
    }

    /** The trail's sign-ins of clinician2, newest first, as the administrator reads them. */
    private List<AuditEntry> clinician2SignIns() {
        signIn.as(Demo.ADMIN);
        return audit.entries(
                new AuditFilter(Demo.CLINICIAN_2, null, AuditAction.SIGN_IN, null, null), PageRequest.of(0, 50));
    }

    @Test
    void the_administrators_create_method_takes_no_password() {
        List<Method> creating = Arrays.stream(AccountService.class.getMethods())
                .filter(m -> m.getName().equals("createClinician"))
                .toList();
        assertThat(creating)
                .singleElement()
                .satisfies(create -> assertThat(create.getParameterTypes()).containsExactly(NewStaffAccount.class));
        assertThat(Arrays.stream(NewStaffAccount.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("email", "displayName");
    }

    @Test
    void a_new_clinician_account_cannot_take_a_colleagues_name() {
        signIn.as(Demo.ADMIN);
        String colleague = accounts.findByEmail(Demo.CLINICIAN_2).orElseThrow().displayName();

        assertThatThrownBy(() -> accounts.createClinician(new NewStaffAccount(
                        "second.name@example.org",
                        "  " + colleague.toUpperCase(java.util.Locale.ROOT).replace(" ", "   ") + " ")))
                .as("a client handed over would read that nothing changed")
                .isInstanceOfSatisfying(
                        org.mendwell.shared.InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .containsEntry("displayName", Messages.ofPage(AccountService.NAME_IN_USE)));
        assertThat(accounts.findByEmail("second.name@example.org")).isEmpty();
    }

    @Test
    void a_new_clinician_gets_a_link_at_her_own_address_only_chooses_a_password_with_it_and_signs_in()
            throws Exception {
        String newcomer = "june.harrow@example.org";
        signIn.as(Demo.ADMIN);

        UUID account = accounts.createClinician(new NewStaffAccount("June.Harrow@example.org", "Dr. June Harrow"))
                .id();

        List<String> toOwner = mail.bodiesTo(newcomer, 1);
        assertThat(toOwner)
                .singleElement()
                .asString()
                .contains("opened a Mendwell clinician account for you", "does not see this link", "reset-password/");
        assertThat(mail.bodiesNotTo(newcomer))
                .as("the link goes to the new clinician only")
                .noneSatisfy(body -> assertThat(body).contains("reset-password/"));
        assertThat(accountRecords.findById(account).orElseThrow().getPasswordHash())
                .as("no password yet")
                .isNull();
        // The entry names the administrator, the operation and the account it opened (security round 2, finding 1d).
        assertThat(operationsOn(account)).contains("AccountService.createClinician");

        TestSecurityContextHolder.clearContext();
        resets.reset(TestMailServer.tokenAfter("reset-password/", toOwner.getFirst()), NEW_PASSWORD);
        assertThat(new HttpVisitor(port).signIn(newcomer, NEW_PASSWORD)).doesNotContain("error");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.mendwell.account.domain.AccountRepository accountRecords;

    @Test
    void locking_refuses_sign_in_until_unlocked_and_the_owner_is_told_each_time_on_her_own_clock() throws Exception {
        UUID account = clinician2();
        var owner = accountRecords.findById(account).orElseThrow();
        owner.setTimeZone("America/New_York");
        accountRecords.save(owner);

        accounts.setLocked(account, true);
        assertThat(users.loadUserByUsername(Demo.CLINICIAN_2).isEnabled()).isFalse();
        accounts.setLocked(account, false);
        assertThat(users.loadUserByUsername(Demo.CLINICIAN_2).isEnabled()).isTrue();

        // Both notices, whatever else (a late message of an earlier test) the shared mail server holds.
        mail.bodiesTo(Demo.CLINICIAN_2, "administrator unlocked your account");
        List<String> aboutLocking = mail.bodiesTo(Demo.CLINICIAN_2, "administrator locked your account").stream()
                .filter(body -> body.contains("locked your account"))
                .toList();
        assertThat(aboutLocking)
                .hasSize(2)
                .anySatisfy(body -> assertThat(body).contains("administrator locked your account"))
                .anySatisfy(body -> assertThat(body).contains("administrator unlocked your account"))
                .allSatisfy(body ->
                        assertThat(body).contains("(Eastern Time, New York)").doesNotContain("Casey"));
        assertThat(operationsOn(account)).contains("AccountService.setLocked");
    }
}
