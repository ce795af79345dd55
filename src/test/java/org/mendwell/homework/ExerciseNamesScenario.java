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

    /**
     * The language a name is in, to mark it where it is not the page's: the reader's where the library named it so,
     * else the version given's (the GAD-7 has no Spanish name, so it stays English, and is marked on a Spanish page).
     */
    @Test
    void a_name_is_in_the_readers_language_only_where_the_library_has_it() {
        exercises.giveToday(Demo.CLIENT, "daily-check-in");
        exercises.giveToday(Demo.CLIENT, "gad-7");

        for (String language : new String[] {"en", "es"}) {
            Map<String, String> named = new TreeMap<>();
            sql.sql("select " + ExerciseNames.ASSIGNMENT_TITLE_SQL + ", " + ExerciseNames.ASSIGNMENT_TITLE_LANGUAGE_SQL
                            + " from assignment a join client c on c.id = a.client_id where c.email = :email")
                    .param("language", language)
                    .param("email", Demo.CLIENT)
                    .query((org.springframework.jdbc.core.RowCallbackHandler)
                            rs -> named.put(rs.getString(1), rs.getString(2)));

            assertThat(named)
                    .as("read in %s", language)
                    .containsEntry(language.equals("es") ? "Registro diario" : "Daily check-in", language)
                    .containsEntry("GAD-7 (anxiety)", "en");
        }
    }
}
