package org.firegov.inspection.expert;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.expert.ExpertCommands.DeclareExpertConflict;
import org.firegov.inspection.expert.ExpertCommands.RegisterExpert;
import org.firegov.inspection.expert.ExpertCommands.RetireExpert;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.readmodel.PageOf;
import org.springframework.data.domain.Pageable;
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

/** The expert pool (消防安全专家库): the brigade keeps it; the committee and the brigade read it. Not public. */
@RestController
@RequestMapping("/api/inspection/experts")
class ExpertController {

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    ExpertController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record RegisterExpertRequest(@NotBlank @Size(max = 100) String name,
                                 @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String field,
                                 @NotEmpty List<@NotBlank @Size(max = 200) String> qualifications,
                                 Set<@NotBlank String> conflicts) {
    }

    record ConflictRequest(@NotBlank String unitId) {
    }

    record ExpertIdentity(String expertId) {
    }

    @PostMapping
    ResponseEntity<ExpertIdentity> register(@Valid @RequestBody RegisterExpertRequest request) {
        String expertId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterExpert(expertId, request.name().strip(), request.field(),
                request.qualifications(), request.conflicts()));
        return ResponseEntity.created(URI.create("/api/inspection/experts/" + expertId))
                .body(new ExpertIdentity(expertId));
    }

    @PostMapping("/{expertId}/conflicts")
    ResponseEntity<Void> declareConflict(@PathVariable String expertId, @Valid @RequestBody ConflictRequest request) {
        commands.sendAndWait(new DeclareExpertConflict(expertId, request.unitId()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{expertId}/retirement")
    ResponseEntity<Void> retire(@PathVariable String expertId) {
        commands.sendAndWait(new RetireExpert(expertId));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    PageOf<ExpertView> list(@RequestParam(required = false) String field,
                            @RequestParam(required = false) Boolean active, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (field != null) {
            criteria = criteria.and("field").is(field);
        }
        if (active != null) {
            criteria = criteria.and("active").is(active);
        }
        return PageOf.query(mongo, Query.query(criteria).with(Sort.by("name")), pageable, ExpertView.class,
                ExpertView.COLLECTION);
    }

    @GetMapping("/{expertId}")
    ExpertView get(@PathVariable String expertId) {
        ExpertView expert = mongo.findById(expertId, ExpertView.class, ExpertView.COLLECTION);
        if (expert == null) {
            throw new NotFound("expert", expertId);
        }
        return expert;
    }
}
