package org.mendwell.intake;

/** The fixed answers the intake offers, each with the words the client sees. */
public final class IntakeChoices {

    private IntakeChoices() {}

    public enum PreferredContact {
        EMAIL("E-mail"),
        PHONE("Phone call"),
        TEXT_MESSAGE("Text message");

        private final String label;

        PreferredContact(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum WorkMode {
        INDIVIDUAL("On my own"),
        COUPLE("Together with my partner");

        private final String label;

        WorkMode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What broke trust: the checklist from the practice's themes. */
    public enum TrustBreach {
        DISHONESTY("Dishonesty, or a pattern of small lies"),
        BROKEN_PROMISES("Promises that were broken"),
        WITHDRAWAL("Emotional withdrawal, or not being there"),
        IGNORED_BOUNDARIES("Boundaries that were ignored"),
        FINANCIAL_SECRECY("Secrecy about money"),
        INFIDELITY("Infidelity"),
        FEELING_UNHEARD("A slow build-up of disappointments: feeling unheard or unimportant");

        private final String label;

        TrustBreach(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Readiness {
        READY("I'm ready to work on this"),
        NOT_YET("Not yet"),
        NEED_SPACE("I need some space first");

        private final String label;

        Readiness(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Safety questions can always be left unanswered in words: "I'd rather not say" is a real answer. */
    public enum SafetyAnswer {
        NO("No"),
        YES("Yes"),
        PREFER_NOT_TO_SAY("I'd rather not say");

        private final String label;

        SafetyAnswer(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
