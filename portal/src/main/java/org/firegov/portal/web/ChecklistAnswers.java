package org.firegov.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * A checklist form's answers as the inspection API takes them: the form sends {@code result.<itemCode>} and
 * {@code note.<itemCode>} per item; each answered item becomes {@code {itemCode, result, note}}, unanswered items are
 * left out (the API says which are missing).
 */
public final class ChecklistAnswers {

    private ChecklistAnswers() {
    }

    public static List<Map<String, Object>> of(MultiValueMap<String, String> form) {
        List<Map<String, Object>> answers = new ArrayList<>();
        form.forEach((name, values) -> {
            if (name.startsWith("result.") && !values.isEmpty() && !values.get(0).isBlank()) {
                String code = name.substring("result.".length());
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("itemCode", code);
                answer.put("result", values.get(0));
                answer.put("note", form.getFirst("note." + code));
                answers.add(answer);
            }
        });
        return answers;
    }
}
