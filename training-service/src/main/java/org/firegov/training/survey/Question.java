package org.firegov.training.survey;

import java.util.List;

/**
 * One multiple-choice question of an awareness questionnaire with its scoring key: the correct option earns
 * {@code points}, any other nothing.
 */
public record Question(String questionId, String text, List<Option> options, String correctOptionId, int points) {

    public record Option(String optionId, String text) {
    }

    /** The question as the public sees it: no key. */
    public record Public(String questionId, String text, List<Option> options) {
    }

    Public withoutKey() {
        return new Public(questionId, text, options);
    }

    boolean offers(String optionId) {
        return options.stream().anyMatch(option -> option.optionId().equals(optionId));
    }
}
