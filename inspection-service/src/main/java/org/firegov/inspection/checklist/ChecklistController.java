package org.firegov.inspection.checklist;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.checklist.ChecklistCommands.PublishChecklistTemplate;
import org.firegov.inspection.unit.UnitCategory;
import org.firegov.kit.domain.NotFound;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Checklist templates: the brigade publishes new versions; every role reads them (they are not scoped). */
@RestController
@RequestMapping("/api/inspection/checklists")
class ChecklistController {

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final CurrentChecklists current;

    ChecklistController(CommandGateway commands, MongoTemplate mongo, CurrentChecklists current) {
        this.commands = commands;
        this.mongo = mongo;
        this.current = current;
    }

    record ItemRequest(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be a code such as EXITS")
                       String code, @NotBlank @Size(max = 500) String text) {
    }

    record PublishRequest(@NotNull UnitCategory category, @NotBlank @Size(max = 200) String title,
                          @NotEmpty @Size(max = 100) List<@Valid @NotNull ItemRequest> items) {
    }

    record TemplateIdentity(String templateId, int version) {
    }

    /** Publishes the category's next version (two publications at once: the loser gets 409 already-exists). */
    @PostMapping
    ResponseEntity<TemplateIdentity> publish(@Valid @RequestBody PublishRequest request) {
        int version = current.newest(request.category()).map(ChecklistTemplateView::version).orElse(0) + 1;
        String templateId = ChecklistTemplate.idOf(request.category(), version);
        commands.sendAndWait(new PublishChecklistTemplate(templateId, request.category(), version,
                request.title().strip(), request.items().stream()
                .map(item -> new ChecklistItem(item.code(), item.text().strip())).toList()));
        return ResponseEntity.created(URI.create("/api/inspection/checklists/" + templateId))
                .body(new TemplateIdentity(templateId, version));
    }

    /** Every version, newest first; {@code current=true} keeps only the newest of each category. */
    @GetMapping
    List<ChecklistTemplateView> list(@RequestParam(required = false) UnitCategory category,
                                     @RequestParam(defaultValue = "false") boolean current) {
        if (current) {
            return (category == null ? List.of(UnitCategory.values()) : List.of(category)).stream()
                    .map(this.current::newest).flatMap(java.util.Optional::stream).toList();
        }
        Query query = category == null ? new Query() : Query.query(Criteria.where("category").is(category));
        return mongo.find(query.with(Sort.by("category").and(Sort.by(Sort.Direction.DESC, "version"))),
                ChecklistTemplateView.class, ChecklistTemplateView.COLLECTION);
    }

    @GetMapping("/{templateId}")
    ChecklistTemplateView get(@PathVariable String templateId) {
        ChecklistTemplateView template = mongo.findById(templateId, ChecklistTemplateView.class,
                ChecklistTemplateView.COLLECTION);
        if (template == null) {
            throw new NotFound("checklist template", templateId);
        }
        return template;
    }
}
