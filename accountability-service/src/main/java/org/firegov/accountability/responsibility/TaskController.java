package org.firegov.accountability.responsibility;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.accountability.party.Parties;
import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.responsibility.TaskCommands.AssignTask;
import org.firegov.accountability.responsibility.TaskCommands.CompleteTask;
import org.firegov.kit.readmodel.PageOf;
import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Responsibility lists over HTTP: the committee assigns; a department or town sees and completes its own tasks;
 * the committee and brigade see all.
 */
@RestController
@RequestMapping("/api/accountability/tasks")
class TaskController {

    static final ScopeFilter SCOPE = new ScopeFilter("town", "department", null);

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final Parties parties;
    private final Clock clock;

    TaskController(CommandGateway commands, MongoTemplate mongo, Parties parties, Clock clock) {
        this.commands = commands;
        this.mongo = mongo;
        this.parties = parties;
        this.clock = clock;
    }

    record AssignTaskRequest(@NotNull PartyKind partyKind, @NotBlank String partyCode,
                             @NotBlank @Size(max = 20) String planSection, @NotBlank @Size(max = 300) String title,
                             @NotNull Instant deadline) {
    }

    record CompleteTaskRequest(@NotBlank @Size(max = 4000) String evidence) {
    }

    record TaskIdentity(String taskId) {
    }

    @PostMapping
    ResponseEntity<TaskIdentity> assign(@Valid @RequestBody AssignTaskRequest request) {
        parties.require(request.partyKind(), request.partyCode());
        String taskId = UUID.randomUUID().toString();
        commands.sendAndWait(new AssignTask(taskId, request.partyKind(), request.partyCode(), request.planSection(),
                request.title().strip(), request.deadline(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/accountability/tasks/" + taskId)).body(new TaskIdentity(taskId));
    }

    @GetMapping
    PageOf<TaskView> list(Actor actor, @RequestParam(required = false) TaskView.Status status,
                          @RequestParam(required = false) Boolean overdue, Pageable pageable) {
        var query = SCOPE.query(actor,
                status == null ? null : Criteria.where("status").is(status),
                overdue == null ? null : Criteria.where("overdue").is(overdue))
                .with(Sort.by("deadline"));
        return PageOf.query(mongo, query, pageable, TaskView.class, TaskView.COLLECTION);
    }

    @GetMapping("/{taskId}")
    TaskView get(Actor actor, @PathVariable String taskId) {
        return SCOPE.findVisible(mongo, actor, taskId, TaskView.class, TaskView.COLLECTION,
                "task");
    }

    /** Only the party itself reports completion; another party's task is not found. */
    @PostMapping("/{taskId}/completion")
    ResponseEntity<Void> complete(Actor actor, @PathVariable String taskId,
                                  @Valid @RequestBody CompleteTaskRequest request) {
        get(actor, taskId);
        commands.sendAndWait(new CompleteTask(taskId, request.evidence().strip(), clock.instant()));
        return ResponseEntity.noContent().build();
    }
}
