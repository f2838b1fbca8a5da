package org.firegov.training.survey;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the survey endpoints, bounded so that oversized input is a 400, never a burden. */
final class SurveyRequests {

    static final String ID = "[A-Za-z0-9-]{1,40}";
    static final String ID_MESSAGE = "must be 1-40 letters, digits or dashes";
    static final String TOWN = "[a-z][a-z0-9-]{1,39}";

    record OptionRequest(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String optionId,
                         @NotBlank @Size(max = 300) String text) {
    }

    record QuestionRequest(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String questionId,
                           @NotBlank @Size(max = 500) String text,
                           @NotNull @Size(min = 2, max = 10) List<@Valid @NotNull OptionRequest> options,
                           @NotBlank @Size(max = 40) String correctOptionId,
                           @NotNull @Min(1) @Max(100) Integer points) {

        Question toQuestion() {
            return new Question(questionId, text.strip(), options.stream()
                    .map(o -> new Question.Option(o.optionId(), o.text().strip())).toList(), correctOptionId, points);
        }
    }

    record SurveyRequest(@NotBlank @Size(max = 200) String title, @NotNull @Min(0) @Max(100) Integer passMark,
                         @NotEmpty @Size(max = 100) List<@Valid @NotNull QuestionRequest> questions) {

        List<Question> toQuestions() {
            return questions.stream().map(QuestionRequest::toQuestion).toList();
        }
    }

    record AnswerRequest(@NotBlank @Size(max = 40) String questionId, @NotBlank @Size(max = 40) String optionId) {
    }

    record ResponseRequest(@NotBlank @Size(max = 100) String token,
                           @NotBlank @Pattern(regexp = TOWN, message = "must be a town code such as xiabao") String town,
                           @NotEmpty @Size(max = 100) List<@Valid @NotNull AnswerRequest> answers) {
    }

    private SurveyRequests() {
    }
}
