package org.mendwell.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test marked {@link ChangesDemoPractice} commits what it likes; the next test sees the demo practice as
 * seeded, in the same application (not a new one, which is the point of restoring instead of dirtying).
 */
@MendwellTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoPracticeSnapshotTest {

    private static String seededName;
    private static ApplicationContext applicationBefore;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext application;

    @Test
    @Order(1)
    @ChangesDemoPractice
    void a_test_marked_as_changing_the_demo_practice_commits_changes() {
        seededName = nameOf(Demo.CLINICIAN);
        applicationBefore = application;

        jdbc.sql("UPDATE account SET display_name = 'Changed by a test' WHERE email = ?")
                .param(Demo.CLINICIAN)
                .update();

        assertThat(nameOf(Demo.CLINICIAN)).isEqualTo("Changed by a test");
    }

    @Test
    @Order(2)
    void the_next_test_finds_the_demo_practice_as_seeded_in_the_same_application() {
        assertThat(seededName).isNotBlank();
        assertThat(nameOf(Demo.CLINICIAN)).isEqualTo(seededName);
        assertThat(application).isSameAs(applicationBefore);
    }

    private String nameOf(String email) {
        return jdbc.sql("SELECT display_name FROM account WHERE email = ?")
                .param(email)
                .query(String.class)
                .single();
    }
}
