package org.firegov.training.drill;

import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.kit.domain.Forbidden;
import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.firegov.kit.security.Role;
import org.firegov.kit.validation.CreditCode;
import org.firegov.training.County;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evacuation drills (疏散演练): a unit records its own, a town or department within its scope, the brigade any;
 * everyone lists and sums up the drills in their scope.
 */
@RestController
@RequestMapping("/api/training/drills")
class DrillController {

    private static final ScopeFilter SCOPE = new ScopeFilter("town", "department", "unitId");
    private static final String CODE = "[a-z][a-z0-9-]{1,39}";

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    DrillController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record DrillRequest(@NotBlank @CreditCode String unitId, @NotBlank @Size(max = 200) String unitName,
                        @NotBlank @Pattern(regexp = CODE, message = "must be a town code such as xiabao") String town,
                        @Pattern(regexp = CODE, message = "must be a department code such as education") String department,
                        @NotNull LocalDate heldOn, @NotNull @Min(1) @Max(100_000) Integer participants,
                        @NotNull @Min(1) @Max(7_200) Integer evacuationSeconds, @Size(max = 2000) String note) {
    }

    /** Drills in one town of a year: how many, how many people, how fast on average. */
    record TownSummary(String town, long drills, long participants, double averageEvacuationSeconds) {
    }

    @PostMapping
    ResponseEntity<Map<String, String>> record(Actor actor, @Valid @RequestBody DrillRequest request) {
        if (!mayRecord(actor, request)) {
            throw new Forbidden("you may record drills only for units in your own scope");
        }
        if (!County.plausible(request.heldOn())) {
            throw new org.firegov.kit.domain.InvalidInput("heldOn", "must be a date between 2000-01-01 and 2100-12-31");
        }
        String drillId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordDrill(drillId, request.unitId(), request.unitName().strip(), request.town(),
                request.department(), request.heldOn(), request.participants(), request.evacuationSeconds(),
                request.note(), County.today()));
        return ResponseEntity.created(URI.create("/api/training/drills/" + drillId)).body(Map.of("drillId", drillId));
    }

    @GetMapping
    List<DrillView> list(Actor actor, @RequestParam(required = false) Integer year) {
        return mongo.find(SCOPE.query(actor, year == null ? null : Criteria.where("year").is(year))
                .with(Sort.by(Sort.Direction.DESC, "heldOn")).limit(1000), DrillView.class, DrillView.COLLECTION);
    }

    @GetMapping("/summary")
    List<TownSummary> summary(Actor actor, @RequestParam int year) {
        return list(actor, year).stream().collect(Collectors.groupingBy(DrillView::town)).entrySet().stream()
                .map(town -> new TownSummary(town.getKey(), town.getValue().size(),
                        town.getValue().stream().mapToLong(DrillView::participants).sum(),
                        Math.round(town.getValue().stream().mapToInt(DrillView::evacuationSeconds).average()
                                .orElse(0) * 10) / 10.0))
                .sorted(Comparator.comparing(TownSummary::town))
                .toList();
    }

    private static boolean mayRecord(Actor actor, DrillRequest drill) {
        return actor.has(Role.BRIGADE)
                || actor.has(Role.TOWN) && drill.town().equals(actor.town())
                || actor.has(Role.DEPARTMENT) && actor.department() != null && actor.department().equals(drill.department())
                || actor.has(Role.UNIT) && drill.unitId().equals(actor.unit());
    }
}
