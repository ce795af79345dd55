package org.mendwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mendwell.support.Demo;
import org.mendwell.support.HttpVisitor;
import org.mendwell.support.MendwellWebTest;
import org.mendwell.support.SignIn;
import org.mendwell.support.SignInFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.TestSecurityContextHolder;

/** Sign-ins and failed sign-ins over real HTTP reach the audit trail, with the caller's address. */
@MendwellWebTest
class SignInAuditTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditService audit;

    @Autowired
    SignIn signIn;

    @Autowired
    SignInFixtures fixtures;

    @Autowired
    AnonymousFailures anonymousFailures;

    @AfterEach
    void signOut() {
        TestSecurityContextHolder.clearContext();
    }

    @Test
    void a_sign_in_and_a_failed_one_are_recorded_with_the_address_they_came_from() throws Exception {
        assertThat(new HttpVisitor(port).signIn(Demo.CLINICIAN_2, Demo.PASSWORD))
                .doesNotContain("error");
        assertThat(new HttpVisitor(port).signIn(Demo.CLINICIAN_2, "not the password at all"))
                .contains("error");

        signIn.as(Demo.ADMIN);
        var signIns = audit.entries(
                new AuditFilter(Demo.CLINICIAN_2, null, AuditAction.SIGN_IN, null, null), PageRequest.of(0, 10));
        assertThat(signIns).isNotEmpty().first().satisfies(e -> {
            assertThat(e.actorRole()).isEqualTo("CLINICIAN");
            assertThat(e.actorId()).isNotNull();
            assertThat(e.remoteAddress()).isEqualTo("127.0.0.1");
        });
        var failures = audit.entries(
                new AuditFilter(Demo.CLINICIAN_2, null, AuditAction.SIGN_IN_FAILED, null, null), PageRequest.of(0, 10));
        assertThat(failures).isNotEmpty().first().satisfies(e -> {
            assertThat(e.actorId()).isNull();
            assertThat(e.remoteAddress()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void a_formula_typed_as_the_e_mail_address_is_exported_as_inert_quoted_text() throws Exception {
        String formula = "=HYPERLINK(\"http://attacker.example\",\"open me\")";
        new HttpVisitor(port).signIn(formula, "whatever it is");

        signIn.as(Demo.ADMIN);
        var csv = new StringWriter();
        audit.exportCsv(new AuditFilter("hyperlink", null, AuditAction.SIGN_IN_FAILED, null, null), csv);
        var records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.toString()))
                .getRecords();
        assertThat(records)
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("user")).isEqualTo("'" + formula));
        assertThat(csv.toString()).contains("\"'=HYPERLINK(\"\"http://attacker.example\"\",\"\"open me\"\")\"");
    }

    @Test
    void refusals_while_sign_in_is_paused_are_summarised_not_chained_one_by_one() {
        fixtures.freshStart();
        anonymousFailures.summarise();
        String email = "paused.flood@example.org";
        int tries = 40;
        for (int i = 0; i < tries; i++) {
            assertThat(new HttpVisitor(port).signIn(email, "guess number " + i)).contains("error");
        }

        signIn.as(Demo.ADMIN);
        var chained = audit.entries(
                new AuditFilter(email, null, AuditAction.SIGN_IN_FAILED, null, null), PageRequest.of(0, 100));
        assertThat(chained)
                .as("only the guesses whose password was checked, each one chained")
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(10);

        var summaries = anonymousFailures.summarise();
        assertThat(summaries).singleElement().satisfies(summary -> {
            assertThat(summary.action()).isEqualTo(AuditAction.REFUSED_SUMMARY);
            assertThat(summary.operation())
                    .startsWith(SignInAudit.PAUSED_SIGN_IN + "|" + (tries - chained.size()) + "|1|");
        });
    }
}
