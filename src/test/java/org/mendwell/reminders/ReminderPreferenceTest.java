package org.mendwell.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.client.ClientsForReminders;
import org.mendwell.client.MyRecordService;
import org.mendwell.client.ReminderRecipient;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The reminder preference belongs to the signed-in client, who alone changes it. */
@MendwellTest
@Transactional
@WithUserDetails(Demo.CLIENT)
class ReminderPreferenceTest {

    @Autowired
    SignIn signIn;

    @Autowired
    MyRecordService clients;

    @Autowired
    ClientsForReminders recipients;

    private boolean remindedClient(String email) {
        return recipients.activeWithRemindersOn().stream()
                .map(ReminderRecipient::email)
                .anyMatch(email::equals);
    }

    @Test
    void a_client_turns_their_own_reminders_off_and_on_and_nobody_elses() {
        assertThat(clients.myRemindersOn()).as("on unless turned off").isTrue();

        clients.setMyReminders(false);

        assertThat(clients.myRemindersOn()).isFalse();
        assertThat(remindedClient(Demo.CLIENT)).isFalse();
        assertThat(remindedClient(Demo.JONAS)).as("Robin's partner").isTrue();
        assertThat(remindedClient(Demo.CLIENT_2)).isTrue();
        signIn.as(Demo.JONAS);
        assertThat(clients.myRemindersOn()).isTrue();

        signIn.as(Demo.CLIENT);
        clients.setMyReminders(true);
        assertThat(remindedClient(Demo.CLIENT)).isTrue();
    }

    @Test
    void another_clients_preference_cannot_even_be_named() {
        assertThat(Arrays.stream(MyRecordService.class.getMethods())
                        .filter(method -> method.getName().toLowerCase().contains("reminder")))
                .isNotEmpty()
                .allSatisfy(method -> assertThat(method.getParameterTypes()).doesNotContain(UUID.class, String.class));
    }

    @Test
    void clinicians_and_administrators_cannot_use_the_clients_switch() {
        for (String staff : new String[] {Demo.CLINICIAN, Demo.ADMIN}) {
            signIn.as(staff);
            assertThatThrownBy(() -> clients.setMyReminders(false)).as(staff).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> clients.myRemindersOn()).as(staff).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(remindedClient(Demo.CLIENT)).isTrue();
    }
}
