package org.mendwell.homework;

/**
 * How an exercise is named to a reader, defined once: a built-in exercise by its name in the reader's language
 * (the title of the template's newest version in that language) when the library has it, wherever it is named in
 * a list, grid, picker, chart, CSV or e-mail to staff; a clinician's own template by its own title. What a client
 * answers (the version given, its title on the exercise page included) stays in the language it was given in:
 * see docs/design-decisions/2026-12-05-exercises-in-the-clients-language.md.
 *
 * <p>Written, like {@link OccurrenceRules}, in each language that needs it: SQL for the lists read with plain SQL,
 * JPQL for the homework repositories. Both take the reader's ISO 639-1 code as {@code :language}; the assignment
 * forms are over an assignment {@code a}, the template form over a template {@code t}.
 * {@code ExerciseNamesScenario} runs the two assignment forms against each other on the same rows.
 */
public final class ExerciseNames {

    /**
     * An assignment's name for the reader: where a built-in exercise was given in another language than the
     * reader's and the library has the reader's, the title of its newest version in the reader's language; else
     * the title it was given with.
     */
    public static final String ASSIGNMENT_TITLE_SQL = """
            coalesce((select rv.title from exercise_template_version rv
                      join exercise_template rt on rt.id = rv.template_id
                      join exercise_template_version gv on gv.template_id = rv.template_id
                      where rv.template_id = a.template_id and rt.template_key is not null
                        and gv.number = a.template_version and gv.language <> :language
                        and rv.language = :language
                        and rv.number = (select max(lv.number) from exercise_template_version lv
                                         where lv.template_id = a.template_id and lv.language = :language)),
                     a.title)""";

    /**
     * The language {@link #ASSIGNMENT_TITLE_SQL}'s name is in (ISO 639-1): the reader's where the library gave the name
     * in it, else that of the version given. A page marks the name with it where it differs from the page's own.
     */
    public static final String ASSIGNMENT_TITLE_LANGUAGE_SQL = """
            coalesce((select max(rv.language) from exercise_template_version rv
                      join exercise_template rt on rt.id = rv.template_id
                      join exercise_template_version gv on gv.template_id = rv.template_id
                      where rv.template_id = a.template_id and rt.template_key is not null
                        and gv.number = a.template_version and gv.language <> :language
                        and rv.language = :language),
                     (select gv.language from exercise_template_version gv
                      where gv.template_id = a.template_id and gv.number = a.template_version))""";

    /** {@link #ASSIGNMENT_TITLE_SQL} for the repositories' JPQL. */
    public static final String ASSIGNMENT_TITLE_JPQL = """
            coalesce((select rv.title from ExerciseTemplateVersion rv, ExerciseTemplate rt, ExerciseTemplateVersion gv
                      where rt.id = a.templateId and rt.key is not null
                        and gv.templateId = a.templateId and gv.number = a.templateVersion
                        and gv.language <> :language
                        and rv.templateId = a.templateId and rv.language = :language
                        and rv.number = (select max(lv.number) from ExerciseTemplateVersion lv
                                         where lv.templateId = a.templateId and lv.language = :language)),
                     a.title)""";

    /**
     * A library template's name for the reader: a built-in one's newest version in the reader's language when it
     * has one, else (and for a clinician's own) the current version's title.
     */
    public static final String TEMPLATE_TITLE_SQL = """
            coalesce((select rv.title from exercise_template_version rv
                      where rv.template_id = t.id and t.template_key is not null and rv.language = :language
                        and rv.number = (select max(lv.number) from exercise_template_version lv
                                         where lv.template_id = t.id and lv.language = :language)),
                     t.title)""";

    private ExerciseNames() {}
}
