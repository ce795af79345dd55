package org.mendwell.homework;

/** The vocabulary of the exercise library, each term with the words a clinician sees. */
public final class ExerciseTerms {

    /** The options of a {@link QuestionKind#YES_NOT_YET_SPACE} question, in the order they are shown. */
    public static final java.util.List<String> YES_NOT_YET_SPACE = java.util.List.of("Yes", "Not yet", "I need space");

    private ExerciseTerms() {}

    /** The clinical themes of the practice's library; the last one holds the standard measures. */
    public enum Theme {
        ACCOUNTABILITY("Accountability"),
        TRANSPARENCY("Transparency"),
        BOUNDARIES("Boundaries"),
        REPAIR_ATTEMPTS("Repair attempts"),
        CONSISTENCY("Consistency over promises"),
        PATIENCE_AND_PACE("Patience and pace"),
        FORGIVENESS_AND_TRUST("Forgiveness is not trust"),
        EMOTIONAL_INTIMACY("Emotional intimacy"),
        SHARED_EXPERIENCES("New shared experiences"),
        INDIVIDUAL_HEALING("Individual healing"),
        NOTICING_PROGRESS("Noticing progress"),
        REFLECTION("The relationship as a whole"),
        WELLBEING_MEASURE("Standard measure");

        private final String label;

        Theme(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The message key of the words a person reads for this theme, in their language. */
        public String labelKey() {
            return "homework.theme." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Whom a template suits; the clinician can still give it to anyone. */
    public enum Audience {
        CAUSED_HARM("Partner who caused the harm"),
        WAS_HURT("Partner who was hurt"),
        EITHER("Either partner"),
        INDIVIDUAL("Individual client");

        private final String label;

        Audience(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The message key of the words a person reads for this audience, in their language. */
        public String labelKey() {
            return "homework.audience."
                    + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public enum Schedule {
        ONCE("Once"),
        DAILY("Daily"),
        WEEKLY("Weekly");

        private final String label;

        Schedule(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The message key of the words a person reads for this schedule, in their language. */
        public String labelKey() {
            return "homework.schedule."
                    + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public enum QuestionKind {
        FREE_TEXT("Free-text reflection"),
        SCALE("0–10 scale"),
        YES_NOT_YET_SPACE("Yes / not yet / I need space"),
        SINGLE_CHOICE("Single choice"),
        MULTIPLE_CHOICE("Multiple choice"),
        DAILY_LOG("Short daily log");

        private final String label;

        QuestionKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The message key of the words a person reads for this question kind, in their language. */
        public String labelKey() {
            return "homework.question-kind."
                    + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The 0-10 scale names what its two ends mean. */
        public boolean hasEndLabels() {
            return this == SCALE;
        }

        /** The clinician writes the options to choose from. */
        public boolean hasOptions() {
            return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
        }
    }

    /** The two public-domain scored measures. */
    public enum Measure {
        PHQ9("PHQ-9", 9),
        GAD7("GAD-7", 7);

        private final String label;
        private final int scoredItems;

        Measure(String label, int scoredItems) {
            this.label = label;
            this.scoredItems = scoredItems;
        }

        public String label() {
            return label;
        }

        /** The first this-many questions are scored 0–3 by the position of the chosen option. */
        public int scoredItems() {
            return scoredItems;
        }
    }
}
