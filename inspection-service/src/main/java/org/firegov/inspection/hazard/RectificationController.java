package org.firegov.inspection.hazard;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.hazard.HazardCommands.OrderRectification;
import org.firegov.inspection.hazard.HazardCommands.PassVerification;
import org.firegov.inspection.hazard.HazardCommands.RejectRectification;
import org.firegov.inspection.hazard.HazardCommands.SubmitRectification;
import org.firegov.kit.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rectification (整改) of a hazard: the brigade (or the town, for its grid-patrol hazards) orders it with a
 * deadline and verifies it; the unit submits what it did. Wrong steps answer 409 with a code.
 */
@RestController
@RequestMapping("/api/inspection/hazards/{hazardId}")
class RectificationController {

    private final CommandGateway commands;

    RectificationController(CommandGateway commands) {
        this.commands = commands;
    }

    record OrderRectificationRequest(@Size(max = 2000) String requirement, @NotNull @Future Instant deadline) {
    }

    record SubmitRectificationRequest(@NotBlank @Size(max = 2000) String description) {
    }

    record PassVerificationRequest(@Size(max = 2000) String note) {
    }

    record RejectRectificationRequest(@NotBlank @Size(max = 2000) String reason, @NotNull @Future Instant deadline) {
    }

    /** Deadlines are kept to the second, so the read model (millisecond dates) holds exactly the same instant. */
    private static Instant seconds(Instant deadline) {
        return deadline.truncatedTo(ChronoUnit.SECONDS);
    }

    @PostMapping("/rectification-order")
    ResponseEntity<Void> order(Actor actor, @PathVariable String hazardId,
                               @Valid @RequestBody OrderRectificationRequest request) {
        commands.sendAndWait(new OrderRectification(hazardId, Requesters.of(actor), request.requirement(),
                seconds(request.deadline()), Instant.now()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/rectification")
    ResponseEntity<Void> submit(Actor actor, @PathVariable String hazardId,
                                @Valid @RequestBody SubmitRectificationRequest request) {
        commands.sendAndWait(new SubmitRectification(hazardId, Requesters.of(actor), request.description().strip(),
                Instant.now()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/verification/pass")
    ResponseEntity<Void> pass(Actor actor, @PathVariable String hazardId,
                              @Valid @RequestBody(required = false) PassVerificationRequest request) {
        commands.sendAndWait(new PassVerification(hazardId, Requesters.of(actor),
                request == null ? null : request.note()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/verification/reject")
    ResponseEntity<Void> reject(Actor actor, @PathVariable String hazardId,
                                @Valid @RequestBody RejectRectificationRequest request) {
        commands.sendAndWait(new RejectRectification(hazardId, Requesters.of(actor), request.reason().strip(),
                seconds(request.deadline()), Instant.now()));
        return ResponseEntity.noContent().build();
    }
}
