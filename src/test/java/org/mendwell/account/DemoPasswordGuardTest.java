package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.MendwellApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Production (no demo data) refuses to start on a database that still holds demo accounts. */
class DemoPasswordGuardTest {

    /** Command-line arguments, so they win over application.properties as they would in production. */
    private static ConfigurableApplicationContext start(String databaseName, boolean demo) {
        return new SpringApplicationBuilder(MendwellApplication.class).run(
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
                .hasMessageContaining("clinician@mendwell.example");
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
}
