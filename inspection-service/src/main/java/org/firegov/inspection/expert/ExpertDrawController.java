package org.firegov.inspection.expert;

import java.net.URI;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.draw.DoubleRandomDraw;
import org.firegov.inspection.draw.DoubleRandomDraw.Inspector;
import org.firegov.inspection.expert.ExpertCommands.DrawExperts;
import org.firegov.inspection.unit.UnitView;
import org.firegov.kit.domain.BusinessRuleViolation;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * 专家抽取 — the brigade draws experts of a field at random for a review at a unit (an expert inspection, a major
 * hazard evaluation); the draw records its seed and the pool snapshot, and re-runs identically on verification.
 */
@RestController
@RequestMapping("/api/inspection/expert-draws")
class ExpertDrawController {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    ExpertDrawController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    /** @param seed optional; a random one is generated and recorded when absent */
    record DrawRequest(@NotBlank String unitId, @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String field,
                       @NotBlank @Pattern(regexp = "[A-Z][A-Z_]{1,49}") String purpose,
                       @Min(1) @Max(15) int count, Long seed) {
    }

    record DrawResult(String drawId, long seed, List<String> experts) {
    }

    record Verification(String drawId, long seed, int poolSize, boolean matches) {
    }

    @PostMapping
    ResponseEntity<DrawResult> draw(@Valid @RequestBody DrawRequest request) {
        if (!mongo.exists(Query.query(Criteria.where("_id").is(request.unitId())), UnitView.COLLECTION)) {
            throw new BusinessRuleViolation("unknown-unit", "no registered unit " + request.unitId());
        }
        List<Inspector> pool = mongo.find(Query.query(Criteria.where("field").is(request.field())
                        .and("active").is(true)).with(Sort.by("_id")), ExpertView.class, ExpertView.COLLECTION)
                .stream().map(expert -> new Inspector(expert.expertId(), expert.conflicts())).toList();
        long seed = request.seed() == null ? SEEDS.nextLong() : request.seed();
        String drawId = UUID.randomUUID().toString();
        List<String> experts = commands.sendAndWait(new DrawExperts(drawId, request.unitId(), request.field(),
                request.purpose(), request.count(), seed, pool));
        return ResponseEntity.created(URI.create("/api/inspection/expert-draws/" + drawId))
                .body(new DrawResult(drawId, seed, experts));
    }

    @GetMapping("/{drawId}")
    ExpertDrawView get(@PathVariable String drawId) {
        ExpertDrawView draw = mongo.findById(drawId, ExpertDrawView.class, ExpertDrawView.COLLECTION);
        if (draw == null) {
            throw new NotFound("expert draw", drawId);
        }
        return draw;
    }

    /** Re-runs the draw from its recorded seed and pool snapshot. */
    @PostMapping("/{drawId}/verify")
    Verification verify(@PathVariable String drawId) {
        ExpertDrawView draw = get(drawId);
        List<String> again = DoubleRandomDraw.drawPeople(draw.seed(), draw.unitId(), draw.pool(), draw.count());
        return new Verification(drawId, draw.seed(), draw.pool().size(), again.equals(draw.experts()));
    }
}
