package org.firegov.portal.publicpages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.firegov.portal.api.TrainingApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The awareness survey (消防安全知晓率调查), without sign-in: the page takes a one-time token from the service and
 * puts it in the form; the answers go back with it and the respondent's town, and the score is shown.
 */
@Controller
class PublicSurveyController {

    private final TrainingApi training;

    PublicSurveyController(TrainingApi training) {
        this.training = training;
    }

    @GetMapping("/public/surveys")
    String surveys(Model model) {
        model.addAttribute("surveys", training.publicSurveys());
        return "public/surveys";
    }

    @GetMapping("/public/surveys/{surveyId}")
    String survey(@PathVariable String surveyId, Model model) {
        model.addAttribute("survey", training.publicSurvey(surveyId));
        model.addAttribute("token", training.surveyToken(surveyId));
        return "public/survey";
    }

    /** The form sends {@code token}, {@code town} and {@code answer.<questionId>} = the chosen option. */
    @PostMapping("/public/surveys/{surveyId}")
    String answer(@PathVariable String surveyId, @RequestParam String token, @RequestParam(defaultValue = "") String town,
                  @RequestParam MultiValueMap<String, String> form, Model model) {
        List<Map<String, Object>> answers = new ArrayList<>();
        form.forEach((name, values) -> {
            if (name.startsWith("answer.") && !values.isEmpty()) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("questionId", name.substring("answer.".length()));
                answer.put("optionId", values.get(0));
                answers.add(answer);
            }
        });
        model.addAttribute("outcome", training.answerSurvey(surveyId, token, town, answers));
        return "public/survey :: outcome";
    }
}
