package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.domain.PracticeSettingRepository;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.HttpVisitor;
import org.mendwell.support.MendwellWebTest;
import org.mendwell.support.SignInFixtures;
import org.mendwell.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Over real HTTP: a right password alone does not sign in someone with an authenticator app, nor
 * staff without one when the practice requires it; nor does a password reset get around the code.
 */
@MendwellWebTest
@ChangesDemoPractice
class SecondFactorOverHttpTest {

    @Autowired
    TestMailServer mail;

    @LocalServerPort
    int port;

    @Autowired
    PasswordResetService resets;

    @Autowired
    PracticeSettingRepository settings;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SignInFixtures fixtures;

    @BeforeEach
    void freshCounts() {
        fixtures.freshStart();
    }

    private static void assertNotSignedIn(HttpVisitor visitor) {
        var response = visitor.get("/caseload");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void with_an_app_the_right_password_leads_to_the_code_step_and_signs_no_one_in_yet() {
        fixtures.enrol(Demo.CLINICIAN);
        var visitor = new HttpVisitor(port);
        long before = jdbc.sql("SELECT last_seq FROM audit_chain_head")
                .query(Long.class)
                .single();

        assertThat(visitor.signIn(Demo.CLINICIAN, Demo.PASSWORD)).endsWith("/login/code");
        // A right password with a code to follow is neither a sign-in nor a failure in the audit trail.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE seq > ? AND actor_email = ? "
                                + "AND action IN ('SIGN_IN', 'SIGN_IN_FAILED')")
                        .params(before, Demo.CLINICIAN)
                        .query(Long.class)
                        .single())
                .isZero();

        assertNotSignedIn(visitor);
        assertThat(visitor.get("/login/code").statusCode()).isEqualTo(200);
        assertThat(new HttpVisitor(port).signIn(Demo.CLINICIAN, "not the password"))
                .endsWith("/login?error");
    }

    @Test
    void a_password_reset_does_not_get_around_the_code() {
        fixtures.enrol(Demo.HANA);
        resets.requestReset(Demo.HANA);
        String token = TestMailServer.tokenAfter(
                "reset-password/", mail.bodiesTo(Demo.HANA, 1).getFirst());
        resets.reset(token, "kettles sing in the blue kitchen");

        var visitor = new HttpVisitor(port);
        assertThat(visitor.signIn(Demo.HANA, "kettles sing in the blue kitchen"))
                .endsWith("/login/code");
        assertNotSignedIn(visitor);
    }

    @Test
    void when_the_practice_requires_it_staff_without_an_app_must_set_one_up_and_clients_need_not() {
        transaction.executeWithoutResult(
                status -> settings.findById("staff-mfa-required").orElseThrow().setValue("true"));
        try {
            var clinician = new HttpVisitor(port);
            assertThat(clinician.signIn(Demo.CLINICIAN_2, Demo.PASSWORD)).endsWith("/login/enrol");
            assertNotSignedIn(clinician);

            var client = new HttpVisitor(port);
            assertThat(client.signIn(Demo.CLIENT, Demo.PASSWORD)).doesNotContain("/login");
            assertThat(client.get("/my/exercises").statusCode()).isEqualTo(200);
        } finally {
            transaction.executeWithoutResult(status ->
                    settings.findById("staff-mfa-required").orElseThrow().setValue("false"));
        }
    }

    @Test
    void without_an_app_and_without_the_practice_rule_the_password_signs_in_as_before() {
        assertThat(new HttpVisitor(port).signIn(Demo.CLINICIAN_2, Demo.PASSWORD))
                .doesNotContain("/login");
    }
}
