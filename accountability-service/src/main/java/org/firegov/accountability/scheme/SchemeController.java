package org.firegov.accountability.scheme;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.accountability.scheme.SchemeCommands.DraftScheme;
import org.firegov.accountability.scheme.SchemeCommands.LockScheme;
import org.firegov.accountability.scheme.SchemeCommands.RemoveIndicator;
import org.firegov.accountability.scheme.SchemeCommands.SetGradeBands;
import org.firegov.accountability.scheme.SchemeCommands.SetIndicator;
import org.firegov.accountability.scheme.SchemeCommands.SetMajorFireVeto;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assessment schemes over HTTP: the committee drafts, edits and locks; every assessed party may read them (the
 * rules a party is scored by are no secret to it).
 */
@RestController
@RequestMapping("/api/accountability/schemes")
class SchemeController {

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    SchemeController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record DraftRequest(@NotNull @Min(2021) @Max(2100) Integer year) {
    }

    record RuleRequest(@NotNull ScoringRule.Type type, Double lower, Double upper,
                       @DecimalMin(value = "0", inclusive = false) Double per, @DecimalMin("0") Double cap) {
    }

    record IndicatorRequest(@NotBlank @Size(max = 100) String name,
                            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") Double weight,
                            Metric metric, @NotNull @Valid RuleRequest rule) {
    }

    record GradeBandsRequest(@NotNull Double excellent, @NotNull Double good, @NotNull Double pass) {
    }

    record VetoRequest(@NotNull Boolean majorFireVeto) {
    }

    record SchemeIdentity(String schemeId) {
    }

    /** The next version of the year's scheme, copied from the latest; only one draft at a time. */
    @PostMapping
    ResponseEntity<SchemeIdentity> draft(@Valid @RequestBody DraftRequest request) {
        SchemeView latest = latest(request.year(), null);
        if (latest != null && latest.status() == SchemeView.Status.DRAFT) {
            throw new BusinessRuleViolation.Conflict("draft-exists",
                    "scheme " + latest.schemeId() + " is still a draft: edit it, or lock it first");
        }
        int version = latest == null ? 1 : latest.version() + 1;
        String schemeId = SchemeCommands.schemeId(request.year(), version);
        commands.sendAndWait(new DraftScheme(schemeId, request.year(), version,
                latest == null ? List.of() : latest.indicators(),
                latest == null ? GradeBands.DEFAULT : latest.gradeBands(),
                latest == null || latest.majorFireVeto()));
        return ResponseEntity.created(URI.create("/api/accountability/schemes/" + schemeId))
                .body(new SchemeIdentity(schemeId));
    }

    @GetMapping
    List<SchemeView> list(@RequestParam(required = false) Integer year) {
        Query query = year == null ? new Query() : Query.query(Criteria.where("year").is(year));
        return mongo.find(query.with(Sort.by("year", "version")), SchemeView.class, SchemeView.COLLECTION);
    }

    /** The scheme in force for a year: its latest locked version. */
    @GetMapping("/in-force")
    SchemeView inForce(@RequestParam int year) {
        SchemeView scheme = latest(year, SchemeView.Status.LOCKED);
        if (scheme == null) {
            throw new NotFound("locked scheme for", String.valueOf(year));
        }
        return scheme;
    }

    @GetMapping("/{schemeId}")
    SchemeView get(@PathVariable String schemeId) {
        SchemeView scheme = mongo.findById(schemeId, SchemeView.class, SchemeView.COLLECTION);
        if (scheme == null) {
            throw new NotFound("scheme", schemeId);
        }
        return scheme;
    }

    @PutMapping("/{schemeId}/indicators/{code}")
    ResponseEntity<Void> setIndicator(@PathVariable String schemeId,
                                      @PathVariable @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String code,
                                      @Valid @RequestBody IndicatorRequest request) {
        RuleRequest rule = request.rule();
        commands.sendAndWait(new SetIndicator(schemeId, new Indicator(code, request.name().strip(), request.weight(),
                request.metric(), new ScoringRule(rule.type(), rule.lower(), rule.upper(), rule.per(), rule.cap()))));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{schemeId}/indicators/{code}")
    ResponseEntity<Void> removeIndicator(@PathVariable String schemeId, @PathVariable String code) {
        commands.sendAndWait(new RemoveIndicator(schemeId, code));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{schemeId}/grade-bands")
    ResponseEntity<Void> gradeBands(@PathVariable String schemeId, @Valid @RequestBody GradeBandsRequest request) {
        commands.sendAndWait(new SetGradeBands(schemeId,
                new GradeBands(request.excellent(), request.good(), request.pass())));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{schemeId}/major-fire-veto")
    ResponseEntity<Void> veto(@PathVariable String schemeId, @Valid @RequestBody VetoRequest request) {
        commands.sendAndWait(new SetMajorFireVeto(schemeId, request.majorFireVeto()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{schemeId}/lock")
    ResponseEntity<Void> lock(@PathVariable String schemeId) {
        commands.sendAndWait(new LockScheme(schemeId));
        return ResponseEntity.noContent().build();
    }

    private SchemeView latest(int year, SchemeView.Status status) {
        Query query = Query.query(Criteria.where("year").is(year));
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status));
        }
        return mongo.findOne(query.with(Sort.by(Sort.Direction.DESC, "version")).limit(1), SchemeView.class,
                SchemeView.COLLECTION);
    }
}
