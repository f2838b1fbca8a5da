package org.firegov.portal.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * training-service (宣传教育培训): campaigns, the public campaign calendar, evacuation drills, a unit's own trainings.
 */
@Component
public final class TrainingApi {

    private final Api api;

    TrainingApi(ServiceApis apis) {
        this.api = apis.training();
    }

    public List<Map<String, Object>> campaigns() {
        return api.items(uri -> uri.path("/api/training/campaigns").queryParam("size", 100).build());
    }

    public List<Map<String, Object>> drills() {
        return api.list(uri -> uri.path("/api/training/drills").build());
    }

    /**
     * The calling unit's own trainings: {@code trainees[]} (course, hours, sessions, last score, certificate),
     * {@code comingSessions[]} and {@code targetGroups[]} (whether someone of the unit is certified per key group).
     */
    public Map<String, Object> unitTrainings() {
        return api.object(uri -> uri.path("/api/training/units/me/trainings").build());
    }

    /** One course with its sessions, if the user may see it (a unit: one its people attend). */
    public Map<String, Object> course(String courseId) {
        return api.object(uri -> uri.path("/api/training/courses/{id}").build(courseId));
    }

    /** The course's trainees the user may see (a unit: only its own people). */
    public List<Map<String, Object>> courseTrainees(String courseId) {
        return api.list(uri -> uri.path("/api/training/courses/{id}/trainees").build(courseId));
    }

    public List<Map<String, Object>> publicCalendar(LocalDate from, LocalDate to) {
        return api.items(uri -> uri.path("/api/training/public/campaign-calendar").queryParam("from", from)
                .queryParam("to", to).build());
    }

    /** Awareness surveys (知晓率调查), newest first ({@code surveyId, title, status, respondents, definedAt, …}). */
    public List<Map<String, Object>> surveys() {
        return api.list(uri -> uri.path("/api/training/surveys").build());
    }

    /**
     * A survey's results: {@code {surveyId, title, passMark, status, county, towns[]}}, each line {@code {town,
     * respondents, passed, awarenessRate, meanScore}}; a town gets its own line, everybody the county's.
     */
    public Map<String, Object> surveyResults(String surveyId) {
        return api.object(uri -> uri.path("/api/training/surveys/{id}/results").build(surveyId));
    }

    /** Open awareness surveys (知晓率调查), without key or pass mark; anyone. */
    public List<Map<String, Object>> publicSurveys() {
        return api.list(uri -> uri.path("/api/training/public/surveys").build());
    }

    public Map<String, Object> publicSurvey(String surveyId) {
        return api.object(uri -> uri.path("/api/training/public/surveys/{id}").build(surveyId));
    }

    /** A one-time token to answer the survey once (it expires after an hour). */
    public String surveyToken(String surveyId) {
        return String.valueOf(api.post("/api/training/public/surveys/{id}/tokens", Map.of(), surveyId).get("token"));
    }

    /** {@code answers}: {@code {questionId, optionId}} each; the answer's {@code {score, passed}}. */
    public Map<String, Object> answerSurvey(String surveyId, String token, String town,
                                            List<Map<String, Object>> answers) {
        return api.post("/api/training/public/surveys/{id}/responses",
                Map.of("token", token, "town", town, "answers", answers), surveyId);
    }
}
