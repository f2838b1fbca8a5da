package org.firegov.infrastructure.project;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.infrastructure.project.KeyProjectCommands.AssignResponsibleParty;
import org.firegov.infrastructure.project.KeyProjectCommands.CompleteMilestone;
import org.firegov.infrastructure.project.KeyProjectCommands.PlanMilestone;
import org.firegov.infrastructure.project.KeyProjectCommands.PlannedMilestone;
import org.firegov.infrastructure.project.KeyProjectCommands.RegisterKeyProject;
import org.firegov.kit.domain.NotFound;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Key projects (重点工程) over HTTP: the brigade registers projects, plans milestones, reports their completion and
 * runs the overdue check; the committee, departments and towns read (they are county-wide plan items).
 */
@RestController
@RequestMapping("/api/infrastructure/projects")
class KeyProjectController {

    static final String ID = "[a-z0-9][a-z0-9-]{0,63}";
    static final String ID_MESSAGE = "must be lower-case letters, digits and dashes";

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final OverdueMilestoneCheck overdueCheck;
    private final PartyCodes parties;

    KeyProjectController(CommandGateway commands, MongoTemplate mongo, OverdueMilestoneCheck overdueCheck,
                         PartyCodes parties) {
        this.commands = commands;
        this.mongo = mongo;
        this.overdueCheck = overdueCheck;
        this.parties = parties;
    }

    /** @param responsibleParty the milestone's own party where it is not the project's (optional) */
    record MilestoneRequest(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String milestoneId,
                            @NotBlank @Size(max = 300) String title, @NotNull LocalDate plannedDate,
                            @KnownParty String responsibleParty) {
        PlannedMilestone planned() {
            return new PlannedMilestone(milestoneId, title.strip(), plannedDate, responsibleParty);
        }
    }

    record PartyRequest(@NotBlank @KnownParty String responsibleParty) {
    }

    record RegisterProjectRequest(
            @Pattern(regexp = ID, message = ID_MESSAGE) String projectId,
            @Min(1) @Max(99) Integer planItem,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String goal,
            @NotNull LocalDate startDate,
            @DecimalMin(value = "0", message = "must be a budget in 10,000 CNY, not negative") BigDecimal budget,
            @NotBlank @Size(max = 200) String responsibleBody,
            @NotBlank @KnownParty String responsibleParty,
            @Size(max = 50) List<@Valid @NotNull MilestoneRequest> milestones) {
    }

    /** A reference to where the evidence is kept: a document number, a file name or a link; no control characters. */
    static final String EVIDENCE = "[^\\p{Cntrl}]*";

    record CompletionRequest(@NotNull LocalDate completedOn, @Size(max = 2000) String note,
                             @Size(max = 500) @Pattern(regexp = EVIDENCE, message = "must be one line") String evidenceRef) {
    }

    record ProjectIdentity(String projectId) {
    }

    record OverdueCheckResult(int detected, List<OverdueMilestoneCheck.Detected> milestones) {
    }

    @PostMapping
    ResponseEntity<ProjectIdentity> register(@Valid @RequestBody RegisterProjectRequest request) {
        String projectId = request.projectId() != null ? request.projectId() : UUID.randomUUID().toString();
        List<PlannedMilestone> milestones = request.milestones() == null ? List.of()
                : request.milestones().stream().map(MilestoneRequest::planned).toList();
        commands.sendAndWait(new RegisterKeyProject(projectId, request.planItem(), request.name().strip(),
                request.goal(), request.startDate(), request.budget(), request.responsibleBody().strip(),
                request.responsibleParty(), milestones, false));
        return ResponseEntity.created(URI.create("/api/infrastructure/projects/" + projectId))
                .body(new ProjectIdentity(projectId));
    }

    @PostMapping("/{projectId}/milestones")
    ResponseEntity<Void> planMilestone(@PathVariable String projectId, @Valid @RequestBody MilestoneRequest request) {
        commands.sendAndWait(new PlanMilestone(projectId, request.planned()));
        return ResponseEntity.noContent().build();
    }

    /** Names the party answering for the whole project (its milestones without a party of their own). */
    @PutMapping("/{projectId}/responsible-party")
    ResponseEntity<Void> assignParty(@PathVariable String projectId, @Valid @RequestBody PartyRequest request) {
        commands.sendAndWait(new AssignResponsibleParty(projectId, null, request.responsibleParty()));
        return ResponseEntity.noContent().build();
    }

    /** Names the party answering for one milestone. */
    @PutMapping("/{projectId}/milestones/{milestoneId}/responsible-party")
    ResponseEntity<Void> assignMilestoneParty(@PathVariable String projectId, @PathVariable String milestoneId,
                                              @Valid @RequestBody PartyRequest request) {
        commands.sendAndWait(new AssignResponsibleParty(projectId, milestoneId, request.responsibleParty()));
        return ResponseEntity.noContent().build();
    }

    /** The party codes a project or milestone may name. */
    @GetMapping("/responsible-parties")
    List<String> responsibleParties() {
        return parties.responsibleParties();
    }

    /** A progress report: the milestone was completed on the given day (on time or late). */
    @PostMapping("/{projectId}/milestones/{milestoneId}/completion")
    ResponseEntity<Void> complete(@PathVariable String projectId, @PathVariable String milestoneId,
                                  @Valid @RequestBody CompletionRequest request) {
        commands.sendAndWait(new CompleteMilestone(projectId, milestoneId, request.completedOn(), request.note(),
                blankToNull(request.evidenceRef()), overdueCheck.today()));
        return ResponseEntity.noContent().build();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Runs the overdue check now; running it again detects nothing already detected. */
    @PostMapping("/overdue-check")
    OverdueCheckResult checkOverdue() {
        List<OverdueMilestoneCheck.Detected> detected = overdueCheck.run();
        return new OverdueCheckResult(detected.size(), detected);
    }

    @GetMapping
    List<KeyProjectView> list() {
        return mongo.find(new Query().with(Sort.by("planItem", "_id")), KeyProjectView.class,
                KeyProjectView.COLLECTION);
    }

    @GetMapping("/{projectId}")
    KeyProjectView get(@PathVariable String projectId) {
        KeyProjectView project = mongo.findById(projectId, KeyProjectView.class, KeyProjectView.COLLECTION);
        if (project == null) {
            throw new NotFound("key project", projectId);
        }
        return project;
    }
}
