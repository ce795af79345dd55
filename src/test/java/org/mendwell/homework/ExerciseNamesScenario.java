package org.mendwell.homework;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mendwell.support.Demo;
import org.mendwell.support.ExerciseFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SQL and JPQL forms of {@link ExerciseNames} name every assignment alike, for a reader of each language, on H2
 * ({@code ExerciseNamesTest}) and on MariaDB ({@code ExerciseNamesMariaDbTest}); in a transaction rolled back.
 */
@Transactional
abstract class ExerciseNamesScenario {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient sql;

    @Autowired
    EntityManager entities;

    @Autowired
    ExerciseFixtures exercises;

    @Test
    void the_sql_and_the_jpql_name_each_assignment_the_same() {
        exercises.giveToday(Demo.CLIENT, "daily-check-in");
        exercises.giveToday(Demo.CLIENT, "gad-7");
        jdbc.update("update account set language = 'es' where email = ?", Demo.HANA);
        exercises.giveToday(Demo.HANA, "daily-check-in");
        exercises.giveToday(Demo.HANA, "gad-7");

        for (String language : new String[] {"en", "es"}) {
            Map<String, String> bySql = new TreeMap<>();
            sql.sql("select a.id, " + ExerciseNames.ASSIGNMENT_TITLE_SQL + " from assignment a")
                    .param("language", language)
                    .query((org.springframework.jdbc.core.RowCallbackHandler)
                            rs -> bySql.put(rs.getString(1), rs.getString(2)));
            Map<String, String> byJpql = new TreeMap<>();
            entities.createQuery(
                            "select a.id, " + ExerciseNames.ASSIGNMENT_TITLE_JPQL + " from Assignment a",
                            Object[].class)
                    .setParameter("language", language)
                    .getResultList()
                    .forEach(row -> byJpql.put(row[0].toString(), (String) row[1]));

            assertThat(byJpql).as("read in %s", language).isEqualTo(bySql).isNotEmpty();
            assertThat(bySql.values())
                    .as("read in %s", language)
                    .contains(language.equals("es") ? "Registro diario" : "Daily check-in")
                    .doesNotContain(language.equals("es") ? "Daily check-in" : "Registro diario")
                    .contains("GAD-7 (anxiety)");
        }
    }
}
