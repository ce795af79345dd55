package org.mendwell.intake;

import java.util.Locale;

/**
 * The fixed answers the intake offers. They are stored as codes (the enum names) and shown in the reader's
 * language: {@link Choice#key()} is the message key of the words the client sees.
 */
public final class IntakeChoices {

    private IntakeChoices() {}

    /** An answer with words in the intake bundle, under {@code intake.choice.<question>.<answer>}. */
    public interface Choice {
        String name();

        /** The question's part of the key, such as {@code preferred-contact}. */
        String question();

        default String key() {
            return "intake.choice." + question() + "."
                    + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public enum PreferredContact implements Choice {
        EMAIL,
        PHONE,
        TEXT_MESSAGE;

        @Override
        public String question() {
            return "preferred-contact";
        }
    }

    public enum WorkMode implements Choice {
        INDIVIDUAL,
        COUPLE;

        @Override
        public String question() {
            return "work-mode";
        }
    }

    /** What broke trust: the checklist from the practice's themes. */
    public enum TrustBreach implements Choice {
        DISHONESTY,
        BROKEN_PROMISES,
        WITHDRAWAL,
        IGNORED_BOUNDARIES,
        FINANCIAL_SECRECY,
        INFIDELITY,
        FEELING_UNHEARD;

        @Override
        public String question() {
            return "trust-breach";
        }
    }

    public enum Readiness implements Choice {
        READY,
        NOT_YET,
        NEED_SPACE;

        @Override
        public String question() {
            return "readiness";
        }
    }

    /** Safety questions can always be left unanswered in words: "I'd rather not say" is a real answer. */
    public enum SafetyAnswer implements Choice {
        NO,
        YES,
        PREFER_NOT_TO_SAY;

        @Override
        public String question() {
            return "safety";
        }
    }
}
