package org.mendwell.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.agreements.AgreementProgress;
import org.mendwell.agreements.AgreementService;
import org.mendwell.agreements.CoupleAgreements;
import org.mendwell.agreements.MyAgreementsService;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo couple's four weeks of agreements, as `spring-boot:run` shows them: every new screen has content. */
@SpringBootTest(properties = "mendwell.demo.history=true")
@ActiveProfiles("test")
class DemoAgreementsTest {

    @Autowired
    SignIn signIn;

    @Autowired
    AgreementService agreements;

    @Autowired
    MyAgreementsService mine;

    @Autowired
    ClientIds clientIds;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_couple_has_four_weeks_of_kept_promises_noticed_days_and_today_still_to_mark() {
        UUID robin = clientIds.of(Demo.CLIENT);
        signIn.as(Demo.CLINICIAN);
        CoupleAgreements couple = agreements.agreementsOf(robin);
        assertThat(couple.agreements()).hasSize(3);
        AgreementProgress daily = couple.agreements().getFirst();
        assertThat(daily.promiserName()).isEqualTo("Jonas Kettering");
        assertThat(daily.record().weeks()).hasSize(4);
        assertThat(daily.record().weeks())
                .as("today is left to mark, which may be a Monday")
                .filteredOn(week -> week.kept() > 0)
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(daily.record().kept()).isGreaterThan(15);
        assertThat(daily.noticed()).isPositive();
        assertThat(agreements.keptLatelyInMyCaseload()).containsKey(daily.promiserId());

        signIn.as(Demo.JONAS);
        assertThat(mine.mine().promises())
                .as("the private one too, for Jonas")
                .hasSize(2)
                .anySatisfy(p -> assertThat(p.record().toMark()).isNotEmpty());
        signIn.as(Demo.CLIENT);
        assertThat(mine.mine().partnersKept()).hasSizeGreaterThan(10);
        assertThat(mine.mine().promises()).hasSize(1);
    }

    @Test
    void every_seeded_note_belongs_to_the_promise_it_talks_about() {
        var seededWords = DemoAgreements.PROMISES.stream()
                .map(DemoAgreements.DemoPromise::words)
                .toList();
        var notes =
                jdbc.sql("""
                        select a.words, m.note from promise_mark m join agreement a on a.id = m.agreement_id
                        where m.note is not null
                        """).query((row, n) -> java.util.Map.entry(row.getString(1), row.getString(2))).list().stream()
                        .filter(note -> seededWords.contains(note.getKey()))
                        .toList();
        assertThat(notes.stream().map(java.util.Map.Entry::getKey).distinct())
                .as("notes under more than one of the couple's agreements, so that a note could land on the wrong one")
                .hasSizeGreaterThan(1);
        assertThat(notes)
                .as("each note among the notes the seeder wrote for its own agreement")
                .allSatisfy(note -> assertThat(DemoAgreements.notesOf(note.getKey()))
                        .as(note.getKey())
                        .contains(note.getValue()));
    }
}
