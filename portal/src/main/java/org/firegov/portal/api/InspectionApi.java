package org.firegov.portal.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/** inspection-service (防火监督): units, hazards and their rectification, listed major hazards, random draws. */
@Component
public final class InspectionApi {

    private final Api api;

    InspectionApi(ServiceApis apis) {
        this.api = apis.inspection();
    }

    public List<Map<String, Object>> units(String town, String department) {
        return api.items(uri -> uri.path("/api/inspection/units").queryParam("size", 200)
                .queryParamIfPresent("town", Optional.ofNullable(town))
                .queryParamIfPresent("department", Optional.ofNullable(department)).build());
    }

    public Map<String, Object> unit(String unitId) {
        return api.object(uri -> uri.path("/api/inspection/units/{id}").build(unitId));
    }

    /** Hazards the user may see, newest first; {@code stage} or {@code overdue} narrow it (null: no filter). */
    public List<Map<String, Object>> hazards(String status, String stage, Boolean overdue) {
        return api.items(uri -> uri.path("/api/inspection/hazards").queryParam("size", 200)
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent("stage", Optional.ofNullable(stage))
                .queryParamIfPresent("overdue", Optional.ofNullable(overdue)).build());
    }

    public Map<String, Object> hazard(String hazardId) {
        return api.object(uri -> uri.path("/api/inspection/hazards/{id}").build(hazardId));
    }

    public List<Map<String, Object>> history(String hazardId) {
        return api.list(uri -> uri.path("/api/inspection/hazards/{id}/history").build(hazardId));
    }

    public void orderRectification(String hazardId, String requirement, String deadline) {
        api.post("/api/inspection/hazards/{id}/rectification-order",
                Map.of("requirement", requirement == null ? "" : requirement, "deadline", deadline), hazardId);
    }

    /**
     * The unit's rectification (整改情况); with evidence files (整改佐证) as {@code multipart/form-data}, the files as
     * parts named {@code files} with their names and types, as inspection-service takes them.
     */
    public void submitRectification(String hazardId, String description, List<MultipartFile> files) {
        if (files.isEmpty()) {
            api.post("/api/inspection/hazards/{id}/rectification", Map.of("description", description), hazardId);
            return;
        }
        // plain parts for the servlet stack's form converter (MultipartBodyBuilder needs Reactive Streams, which a
        // servlet app does not have)
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("description", part(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8), "description", null,
                description));
        for (MultipartFile file : files) {
            parts.add("files", part(file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                    : MediaType.parseMediaType(file.getContentType()), "files", file.getOriginalFilename(),
                    file.getResource()));
        }
        api.postMultipart("/api/inspection/hazards/{id}/rectification", parts, hazardId);
    }

    private static HttpEntity<Object> part(MediaType type, String name, String filename, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(ContentDisposition.formData().name(name).filename(filename).build());
        return new HttpEntity<>(body, headers);
    }

    public void passVerification(String hazardId, String note) {
        api.post("/api/inspection/hazards/{id}/verification/pass", Map.of("note", note == null ? "" : note), hazardId);
    }

    public void rejectVerification(String hazardId, String reason, String deadline) {
        api.post("/api/inspection/hazards/{id}/verification/reject", Map.of("reason", reason, "deadline", deadline),
                hazardId);
    }

    public void listMajorHazard(String hazardId, String document, String reason) {
        api.post("/api/inspection/hazards/{id}/listing", Map.of("document", document, "reason", reason), hazardId);
    }

    public List<Map<String, Object>> publicListedMajorHazards() {
        return api.list(uri -> uri.path("/api/inspection/public/listed-major-hazards").build());
    }

    /** Creates a double-random plan and draws it at once; answers {@code {planId, seed}}. */
    public Map<String, Object> createPlan(Map<String, Object> plan) {
        return api.post("/api/inspection/plans", plan);
    }

    public void publishPlan(String planId) {
        api.post("/api/inspection/plans/{id}/publish", Map.of(), planId);
    }

    public Map<String, Object> plan(String planId) {
        return api.object(uri -> uri.path("/api/inspection/plans/{id}").build(planId));
    }

    public Map<String, Object> publicPlan(String planId) {
        return api.object(uri -> uri.path("/api/inspection/public/plans/{id}").build(planId));
    }
}
