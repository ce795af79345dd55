package org.mendwell.trust.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.mendwell.homework.MainScale;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One client's answers to the built-in daily check-in's 0–10 scales, read from the homework tables (see the
 * package's package-info): submitted check-ins only, safety questions never. Each answer belongs to the day its
 * check-in was due, on the client's own calendar. A scale is named by its question's position in the English check-in,
 * so that partners who read it in different languages share each scale. The caller has already checked whose client it is.
 */
@Component
public class CheckInScales {

    /** One client's check-ins: the days they checked in, and per scale name ("Trust") the value on each day. */
    public record Answers(Set<LocalDate> days, Map<String, Map<LocalDate, Integer>> byScale) {}

    private final JdbcClient jdbc;

    CheckInScales(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Answers since(UUID clientId, ZoneId zone, Instant since) {
        return since(Map.of(clientId, zone), since).get(clientId);
    }

    /**
     * Several clients' answers in one statement (the caseload's page): each client's days on their own calendar.
     * Every client asked for has an entry, empty when they did not check in.
     */
    public Map<UUID, Answers> since(Map<UUID, ZoneId> zones, Instant since) {
        Map<UUID, Answers> answers = new HashMap<>();
        zones.keySet().forEach(id -> answers.put(id, new Answers(new TreeSet<>(), new TreeMap<>())));
        if (zones.isEmpty()) {
            return answers;
        }
        jdbc.sql("""
                        select s.client_id,
                               o.due_at,
                               coalesce((select qe.prompt
                                         from exercise_question qe
                                         join exercise_template_version ve on ve.id = qe.template_version_id
                                         where ve.template_id = t.id and ve.language = 'en' and qe.position = q.position
                                         order by ve.number desc
                                         limit 1), q.prompt),
                               sa.scale_value
                        from submission s
                        join exercise_occurrence o on o.id = s.occurrence_id
                        join assignment a on a.id = s.assignment_id
                        join exercise_template t on t.id = a.template_id
                        join submission_answer sa on sa.submission_id = s.id
                        join exercise_question q on q.id = sa.question_id
                        where s.client_id in (:clients) and s.status = 'SUBMITTED' and t.template_key = :checkIn
                          and q.kind = 'SCALE' and q.safety_question = false and sa.scale_value is not null
                          and o.due_at >= :since""")
                .param("clients", zones.keySet().stream().map(UUID::toString).toList())
                .param("checkIn", MainScale.TEMPLATE_KEY)
                .param("since", LocalDateTime.ofInstant(since, ZoneOffset.UTC))
                .query((RowCallbackHandler) rs -> {
                    UUID client = UUID.fromString(rs.getString(1));
                    Answers of = answers.get(client);
                    LocalDate day = rs.getObject(2, LocalDateTime.class)
                            .toInstant(ZoneOffset.UTC)
                            .atZone(zones.get(client))
                            .toLocalDate();
                    of.days().add(day);
                    of.byScale()
                            .computeIfAbsent(scaleName(rs.getString(3)), name -> new TreeMap<>())
                            .put(day, rs.getInt(4));
                });
        return answers;
    }

    /**
     * The check-in's scales in the order of its questions, each by its English name (the key both partners' answers
     * share, whatever language each was given the check-in in) with its name in the reader's language: "Trust" is
     * "Confianza" to a Spanish reader. A scale the reader's language lacks keeps its English name.
     */
    public Map<String, String> namesFor(String language) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                        select qe.prompt, qr.prompt
                        from exercise_template t
                        join exercise_template_version ve on ve.template_id = t.id and ve.language = 'en'
                        join exercise_question qe on qe.template_version_id = ve.id
                        left join exercise_template_version vr on vr.template_id = t.id and vr.language = :language
                         and vr.number = (select max(lv.number) from exercise_template_version lv
                                          where lv.template_id = t.id and lv.language = :language)
                        left join exercise_question qr on qr.template_version_id = vr.id and qr.position = qe.position
                        where t.template_key = :checkIn and qe.kind = 'SCALE' and qe.safety_question = false
                          and ve.number = (select max(lv.number) from exercise_template_version lv
                                           where lv.template_id = t.id and lv.language = 'en')
                        order by qe.position""")
                .param("language", language)
                .param("checkIn", MainScale.TEMPLATE_KEY)
                .query((RowCallbackHandler) rs -> {
                    String english = scaleName(rs.getString(1));
                    String reader = rs.getString(2);
                    names.put(english, reader == null ? english : scaleName(reader));
                });
        return names;
    }

    /** "Trust: how much do you trust your partner today?" is the "Trust" scale, in every version of the check-in. */
    static String scaleName(String prompt) {
        int colon = prompt.indexOf(':');
        return colon > 0 ? prompt.substring(0, colon).strip() : prompt.strip();
    }
}
