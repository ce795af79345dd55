package org.mendwell.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.account.AccountService;
import org.mendwell.client.HandoverService;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16: a handover was stored in the client's history as an English sentence, which a Spanish reader read in
 * English. It is stored in columns now and worded in the reader's language; a row stored as a sentence before
 * is shown as stored.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@ChangesDemoPractice
class HandoverHistoryWordsTest extends SpringBrowserlessTest {

    @Autowired
    HandoverService handovers;

    @Autowired
    AccountService accounts;

    @Autowired
    ClientIds clientIds;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    private static final String STORED_BEFORE =
            "Handed over by the practice from Dr. Someone Earlier to Dr. Mira Castell. Reason: stored before V38";

    private List<String> history(String heading) {
        var section = find(Section.class)
                .withCondition(s -> s.getChildren()
                        .anyMatch(c -> c instanceof H3 title && title.getText().equals(heading)))
                .single();
        return find(ListItem.class).from(section).all().stream()
                .map(ListItem::getText)
                .toList();
    }

    private String nameOf(String email) {
        return jdbc.queryForObject("select display_name from account where email = ?", String.class, email);
    }

    @Test
    void a_handover_reads_in_the_readers_language_and_an_old_sentence_as_it_was_stored() {
        UUID robin = clientIds.of(Demo.CLIENT);
        jdbc.update(
                "insert into client_status_event (id, client_id, from_status, to_status, actor_id, reason, occurred_at)"
                        + " select ?, id, status, status, clinician_id, ?, ? from client where id = ?",
                UUID.randomUUID(),
                STORED_BEFORE,
                LocalDateTime.now(ZoneOffset.UTC).minusDays(1),
                robin);
        signIn.as(Demo.ADMIN);
        UUID castell = accounts.findByEmail(Demo.CLINICIAN).orElseThrow().id();
        UUID other = accounts.findByEmail(Demo.CLINICIAN_2).orElseThrow().id();
        accounts.setActive(other, true);
        handovers.handOver(robin, other, "A lighter caseload");
        handovers.handOver(robin, castell, "Back again");
        String from = nameOf(Demo.CLINICIAN_2);
        String to = nameOf(Demo.CLINICIAN);

        signIn.as(Demo.CLINICIAN);
        navigate("clients/" + robin, Component.class);
        List<String> english = history("History");
        assertThat(english.getLast())
                .endsWith("Handed over by the practice from " + from + " to " + to + ". Reason: Back again");
        assertThat(english).anySatisfy(entry -> assertThat(entry).endsWith(STORED_BEFORE));

        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        navigate("caseload", Component.class);
        navigate("clients/" + robin, Component.class);
        List<String> spanish = history("Historial");
        assertThat(spanish.getLast())
                .endsWith("Traspaso hecho por la consulta. Antes: " + from + ". Ahora: " + to + ". Motivo: Back again")
                .doesNotContain("Handed over", "Reason");
        assertThat(spanish)
                .as("a sentence stored before is shown as stored")
                .anySatisfy(entry -> assertThat(entry).endsWith(STORED_BEFORE));
    }
}
