package org.firegov.inspection.incident;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.incident.IncidentCommands.RecordIncident;
import org.firegov.inspection.unit.UnitView;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.InvalidInput;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.readmodel.PageOf;
import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fire and rescue incidents (火灾/警情): the brigade records them; everyone lists and counts those in their scope
 * (a town its own, a department those at its units, a unit its own); the per-year figures, history included, are
 * public, as the plan publishes them.
 */
@RestController
class IncidentController {

    private static final ScopeFilter SCOPE = new ScopeFilter("town", "department", "unitId");

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    IncidentController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record RecordIncidentRequest(@Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String town, String unitId,
                                 @NotNull @PastOrPresent LocalDate occurredOn, @NotNull IncidentKind kind,
                                 @Size(max = 2000) String cause, boolean major, @PositiveOrZero int deaths,
                                 @PositiveOrZero int injuries, @PositiveOrZero long directLossYuan) {
    }

    record IncidentIdentity(String incidentId) {
    }

    @PostMapping("/api/inspection/incidents")
    ResponseEntity<IncidentIdentity> record(@Valid @RequestBody RecordIncidentRequest request) {
        String town = request.town();
        String department = null;
        if (request.unitId() != null) {
            UnitView unit = mongo.findById(request.unitId(), UnitView.class, UnitView.COLLECTION);
            if (unit == null) {
                throw new BusinessRuleViolation("unknown-unit", "no registered unit " + request.unitId());
            }
            if (town != null && !town.equals(unit.town())) {
                throw new BusinessRuleViolation("town-not-the-units", "unit " + unit.unitId() + " is in "
                        + unit.town() + ", not " + town);
            }
            town = unit.town();
            department = unit.department();
        }
        if (town == null) {
            throw new InvalidInput("town", "a town, or a unit (whose town is taken)");
        }
        String incidentId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordIncident(incidentId, town, request.unitId(), department, request.occurredOn(),
                request.kind(), request.cause(), request.major(), request.deaths(), request.injuries(),
                request.directLossYuan(), 1, false));
        return ResponseEntity.created(URI.create("/api/inspection/incidents/" + incidentId))
                .body(new IncidentIdentity(incidentId));
    }

    @GetMapping("/api/inspection/incidents")
    PageOf<IncidentView> list(Actor actor, @RequestParam(required = false) Integer year,
                              @RequestParam(required = false) String town,
                              @RequestParam(required = false) IncidentKind kind, Pageable pageable) {
        var query = SCOPE.query(actor,
                year == null ? null : Criteria.where("year").is(year),
                town == null ? null : Criteria.where("town").is(town),
                kind == null ? null : Criteria.where("kind").is(kind))
                .with(Sort.by(Sort.Direction.DESC, "occurredOn"));
        return PageOf.query(mongo, query, pageable, IncidentView.class, IncidentView.COLLECTION);
    }

    @GetMapping("/api/inspection/incidents/{incidentId}")
    IncidentView get(Actor actor, @PathVariable String incidentId) {
        IncidentView incident = mongo.findOne(SCOPE.query(actor, Criteria.where("_id").is(incidentId)),
                IncidentView.class, IncidentView.COLLECTION);
        if (incident == null) {
            throw new NotFound("incident", incidentId);
        }
        return incident;
    }

    /** Figures per year (history included for county-wide roles) and per town, of the incidents in scope. */
    @GetMapping("/api/inspection/incidents/statistics")
    IncidentStatistics.Summary statistics(Actor actor, @RequestParam(required = false) Integer from,
                                          @RequestParam(required = false) Integer to) {
        return IncidentStatistics.of(mongo.find(SCOPE.query(actor, years(from, to)), IncidentView.class,
                IncidentView.COLLECTION));
    }

    /** The county's figures per year, as the plan publishes them: aggregates only, no incident or unit. */
    @GetMapping("/api/inspection/public/incident-statistics")
    List<IncidentStatistics.Figures> publicStatistics(@RequestParam(required = false) Integer from,
                                                      @RequestParam(required = false) Integer to) {
        Criteria years = years(from, to);
        return IncidentStatistics.byYear(mongo.find(years == null ? new Query() : Query.query(years),
                IncidentView.class, IncidentView.COLLECTION));
    }

    private static Criteria years(Integer from, Integer to) {
        Criteria year = Criteria.where("year");
        if (from == null && to == null) {
            return null;
        }
        if (from != null) {
            year = year.gte(from);
        }
        return to == null ? year : year.lte(to);
    }
}
