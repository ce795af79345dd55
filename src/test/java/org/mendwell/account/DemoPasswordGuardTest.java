package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mendwell.MendwellApplication;
import org.mendwell.client.InviteClient;
import org.mendwell.shared.InputValidator;
import org.mendwell.shared.i18n.Messages;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Production (no demo data) refuses to start on a database that still holds demo accounts. */
@ExtendWith(OutputCaptureExtension.class)
class DemoPasswordGuardTest {

    /** Command-line arguments, so they win over application.properties as they would in production. */
    private static ConfigurableApplicationContext start(String databaseName, boolean demo) {
        return new SpringApplicationBuilder(MendwellApplication.class)
                .run(
                        "--spring.datasource.url=jdbc:h2:mem:" + databaseName
                                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "--mendwell.demo.enabled=" + demo,
                        // A production key of its own: without demo data the published development key is refused.
                        "--mendwell.security.secret-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                        "--server.port=0");
    }

    @Test
    void start_up_without_demo_data_fails_while_demo_accounts_exist() {
        String database = "guard-" + UUID.randomUUID();
        start(database, true).close();

        assertThatThrownBy(() -> start(database, false).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start")
                .hasMessageContaining("clinician@mendwell.example")
                .hasMessageContaining("What to do:")
                .hasMessageContaining("Send reset link");
    }

    @Test
    void start_up_without_demo_data_succeeds_on_a_clean_database() {
        var context = start("clean-" + UUID.randomUUID(), false);
        try {
            assertThat(context.isRunning()).isTrue();
        } finally {
            context.close();
        }
    }

    /**
     * Security round 2, finding 2: an address on the demo domain alone (a client who changed to it, an invited
     * one) must not stop a production start; and outside the demo practice the forms refuse that domain.
     */
    @Test
    void an_address_on_the_demo_domain_without_the_demo_password_does_not_stop_production_and_is_refused_at_the_source(
            CapturedOutput output) {
        String database = "demo-domain-" + UUID.randomUUID();
        var first = start(database, false);
        try {
            first.getBean(JdbcTemplate.class)
                    .update(
                            "insert into account (id, email, display_name, password_hash, role, "
                                    + "active, created_at, version, session_epoch) values (?, 'someone@mendwell.example', 'Someone', "
                                    + "null, 'CLIENT', true, current_timestamp, 0, 0)",
                            UUID.randomUUID().toString());
            var validator = first.getBean(InputValidator.class);
            assertThat(validator.problems(new NewStaffAccount("new.colleague@mendwell.example", "Dr. New")))
                    .containsEntry("email", Messages.ofPage("account.email.demo-domain", DemoPassword.EMAIL_DOMAIN));
            assertThat(validator.problems(new NewEmailAddress("Me@Mendwell.Example")))
                    .containsEntry("newEmail", Messages.ofPage("account.email.demo-domain", DemoPassword.EMAIL_DOMAIN));
            assertThat(validator.problems(InviteClient.individual("New Client", "new.client@mendwell.example")))
                    .containsEntry("email", Messages.ofPage("account.email.demo-domain", DemoPassword.EMAIL_DOMAIN));
        } finally {
            first.close();
        }

        var again = start(database, false);
        try {
            assertThat(again.isRunning()).isTrue();
            assertThat(output.getOut())
                    .contains("1 account(s) use an address on the demo domain")
                    .doesNotContain("someone@mendwell.example");
        } finally {
            again.close();
        }
    }
}
