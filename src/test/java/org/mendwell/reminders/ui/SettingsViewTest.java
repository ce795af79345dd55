package org.mendwell.reminders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@MendwellTest
@ViewPackages(packages = "org.mendwell")
class SettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    ClientRepository clientRecords;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void everyonesRemindersOnAgain() {
        jdbc.update("update client set reminders_enabled = true");
    }

    private boolean storedFor(String email) {
        return clientRecords.findByEmail(email).orElseThrow().wantsReminders();
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    void a_client_turns_reminders_off_and_on_again_on_their_settings_page() {
        navigate(SettingsView.class);
        var reminders = find(Checkbox.class).single();
        assertThat(reminders.getValue()).isTrue();
        assertThat(reminders.getLabel()).contains("reminder");

        test(reminders).click();

        assertThat(storedFor(Demo.CLIENT)).isFalse();
        assertThat(storedFor(Demo.JONAS))
                .as("the partner's own choice is untouched")
                .isTrue();
        assertThat(test(find(Notification.class).last()).getText()).startsWith("Reminders are off");

        navigate(SettingsView.class);
        assertThat(find(Checkbox.class).single().getValue())
                .as("the page shows what is stored")
                .isFalse();
        test(find(Checkbox.class).single()).click();
        assertThat(storedFor(Demo.CLIENT)).isTrue();
    }
}
