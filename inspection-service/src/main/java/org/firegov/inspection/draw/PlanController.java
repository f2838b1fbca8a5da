package org.firegov.inspection.draw;

import java.net.URI;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.draw.DoubleRandomDraw.Inspector;
import org.firegov.inspection.credit.DishonestUnits;
import org.firegov.inspection.draw.DoubleRandomDraw.PopulationUnit;
import org.firegov.inspection.draw.PlanCommands.DrawPlan;
import org.firegov.inspection.draw.PlanCommands.PublishPlan;
import org.firegov.inspection.inspector.InspectorPool;
import org.firegov.inspection.unit.UnitCategory;
import org.firegov.inspection.unit.UnitView;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * 双随机、一公开 over HTTP: the brigade draws a plan (the population snapshot is taken from the registry now and
 * recorded with the seed) and publishes it; the committee and the brigade read and verify plans; anyone reads and
 * verifies published plans under {@code /public}.
 */
@RestController
class PlanController {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final DishonestUnits dishonestUnits;
    private final InspectorPool pool;

    PlanController(CommandGateway commands, MongoTemplate mongo, DishonestUnits dishonestUnits, InspectorPool pool) {
        this.commands = commands;
        this.mongo = mongo;
        this.dishonestUnits = dishonestUnits;
        this.pool = pool;
    }

    record InspectorRequest(@NotBlank @Size(max = 100) String name, Set<@NotBlank String> conflicts) {
    }

    /**
     * @param inspectors optional; the inspector pool (with its declared conflicts) when absent
     * @param seed       optional; a random one is generated and recorded when absent
     */
    record DrawPlanRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull LocalDate periodFrom,
            @NotNull LocalDate periodTo,
            Set<@NotNull UnitCategory> categories,
            Set<@Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be a town code such as xiabao") String> towns,
            Set<@Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be a department code such as education") String> departments,
            @Min(1) @Max(1000) int sampleSize,
            @Size(min = 1, max = 500) List<@Valid @NotNull InspectorRequest> inspectors,
            @Min(2) @Max(10) Integer inspectorsPerInspection,
            Long seed) {
    }

    record PlanIdentity(String planId, long seed) {
    }

    record Verification(String planId, long seed, int populationSize, boolean matches) {
    }

    @PostMapping("/api/inspection/plans")
    ResponseEntity<PlanIdentity> draw(@Valid @RequestBody DrawPlanRequest request) {
        String planId = UUID.randomUUID().toString();
        long seed = request.seed() == null ? SEEDS.nextLong() : request.seed();
        PopulationFilter filter = new PopulationFilter(orEmpty(request.categories()), orEmpty(request.towns()),
                orEmpty(request.departments()));
        commands.sendAndWait(new DrawPlan(planId, request.name().strip(), request.periodFrom(), request.periodTo(),
                filter, request.sampleSize(),
                request.inspectorsPerInspection() == null ? 2 : request.inspectorsPerInspection(),
                inspectors(request),
                seed, population(filter)));
        return ResponseEntity.created(URI.create("/api/inspection/plans/" + planId)).body(new PlanIdentity(planId, seed));
    }

    @PostMapping("/api/inspection/plans/{planId}/publish")
    ResponseEntity<Void> publish(@PathVariable String planId) {
        commands.sendAndWait(new PublishPlan(planId));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/inspection/plans/{planId}")
    PlanView get(@PathVariable String planId) {
        return find(planId, false);
    }

    @PostMapping("/api/inspection/plans/{planId}/verify")
    Verification verify(@PathVariable String planId) {
        return verify(find(planId, false));
    }

    @GetMapping("/api/inspection/public/plans/{planId}")
    PlanView getPublished(@PathVariable String planId) {
        return find(planId, true);
    }

    @PostMapping("/api/inspection/public/plans/{planId}/verify")
    Verification verifyPublished(@PathVariable String planId) {
        return verify(find(planId, true));
    }

    /** Re-runs the draw from the recorded seed, snapshot and pool, and compares it with the recorded result. */
    static Verification verify(PlanView plan) {
        boolean matches = DoubleRandomDraw.draw(plan.seed(), plan.population(), plan.inspectors(), plan.sampleSize(),
                plan.inspectorsPerInspection()).equals(plan.assignments());
        return new Verification(plan.planId(), plan.seed(), plan.population().size(), matches);
    }

    private PlanView find(String planId, boolean publishedOnly) {
        Criteria criteria = Criteria.where("_id").is(planId);
        if (publishedOnly) {
            criteria = criteria.and("published").is(true);
        }
        PlanView plan = mongo.findOne(Query.query(criteria), PlanView.class, PlanView.COLLECTION);
        if (plan == null) {
            throw new NotFound("plan", planId);
        }
        return plan;
    }

    /** Active units matching the filter, in credit-code order: the snapshot recorded with the plan. */
    private List<PopulationUnit> population(PopulationFilter filter) {
        Criteria criteria = Criteria.where("status").ne(UnitView.Status.CLOSED.name());
        if (!filter.categories().isEmpty()) {
            criteria = criteria.and("categories").in(filter.categories().stream().map(Enum::name).toList());
        }
        if (!filter.towns().isEmpty()) {
            criteria = criteria.and("town").in(filter.towns());
        }
        if (!filter.departments().isEmpty()) {
            criteria = criteria.and("department").in(filter.departments());
        }
        List<UnitView> units = mongo.find(Query.query(criteria).with(Sort.by("_id")), UnitView.class,
                UnitView.COLLECTION);
        Set<String> dishonest = dishonestUnits.among(units.stream().map(UnitView::unitId).toList());
        return units.stream()
                .map(unit -> new PopulationUnit(unit.unitId(), unit.riskGrade(), dishonest.contains(unit.unitId()),
                        unit.town(), unit.department()))
                .toList();
    }

    private List<Inspector> inspectors(DrawPlanRequest request) {
        if (request.inspectors() == null) {
            return pool.inspectors().stream().map(i -> new Inspector(i.name(), orEmpty(i.conflicts()))).toList();
        }
        return request.inspectors().stream().map(i -> new Inspector(i.name().strip(), orEmpty(i.conflicts()))).toList();
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
