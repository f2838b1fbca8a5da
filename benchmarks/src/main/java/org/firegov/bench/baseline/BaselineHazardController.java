package org.firegov.bench.baseline;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/bench-baseline/hazards}: the same request and answer as inspection's, one INSERT. */
@RestController
class BaselineHazardController {

    record ReportHazardRequest(@NotBlank String unitId, @NotBlank @Size(max = 2000) String description,
                               @NotNull String source, boolean major) {
    }

    record HazardIdentity(String hazardId) {
    }

    private final BaselineHazards hazards;

    BaselineHazardController(BaselineHazards hazards) {
        this.hazards = hazards;
    }

    @PostMapping("/api/bench-baseline/hazards")
    ResponseEntity<HazardIdentity> report(@AuthenticationPrincipal Jwt caller,
                                          @Valid @RequestBody ReportHazardRequest request) {
        String id = UUID.randomUUID().toString();
        hazards.save(new BaselineHazard(id, request.unitId(), request.description().strip(), request.source(),
                request.major(), caller.getSubject(), Instant.now()));
        return ResponseEntity.created(URI.create("/api/bench-baseline/hazards/" + id)).body(new HazardIdentity(id));
    }
}
