package org.firegov.accountability.supervision;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.firegov.accountability.openhazards.HazardFact;
import org.firegov.accountability.supervision.ListingDecision.DecideListing;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.readmodel.PageOf;
import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Listed supervision (挂牌督办) decided by the committee for an open major hazard known from inspection's events;
 * the decision is published for inspection-service. The hazard's department and town see the decisions on it.
 */
@RestController
@RequestMapping(ListingController.BASE)
class ListingController {

    static final String BASE = "/api/accountability/listings";
    private static final ScopeFilter SCOPE = new ScopeFilter("town", "department", null);

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final Clock clock;

    ListingController(CommandGateway commands, MongoTemplate mongo, Clock clock) {
        this.commands = commands;
        this.mongo = mongo;
        this.clock = clock;
    }

    record ListingRequest(@NotBlank String hazardId, @NotBlank @Size(max = 100) String document,
                          @NotNull LocalDate rectifyBy) {
    }

    record ListingIdentity(String decisionId) {
    }

    @PostMapping
    ResponseEntity<ListingIdentity> decide(@Valid @RequestBody ListingRequest request) {
        Document hazard = mongo.findById(request.hazardId(), Document.class, HazardFact.COLLECTION);
        if (hazard == null || !Boolean.TRUE.equals(hazard.getBoolean("major"))
                || !Boolean.TRUE.equals(hazard.getBoolean("open"))) {
            throw new BusinessRuleViolation("not-an-open-major-hazard",
                    "only an open major hazard (重大火灾隐患) can be put under listed supervision");
        }
        String decisionId = ListingDecision.idFor(request.hazardId());
        commands.sendAndWait(new DecideListing(decisionId, request.hazardId(), hazard.getString("unitId"),
                hazard.getString("town"), hazard.getString("department"), request.document().strip(),
                request.rectifyBy(), Supervision.today(clock)));
        return ResponseEntity.created(URI.create(BASE + "/" + decisionId)).body(new ListingIdentity(decisionId));
    }

    @GetMapping
    PageOf<ListingDecisionView> list(Actor actor, Pageable pageable) {
        return PageOf.query(mongo, SCOPE.query(actor).with(Sort.by(Sort.Direction.DESC, "decidedAt")), pageable,
                ListingDecisionView.class, ListingDecisionView.COLLECTION);
    }

    @GetMapping("/{decisionId}")
    ListingDecisionView get(Actor actor, @PathVariable String decisionId) {
        return SCOPE.findVisible(mongo, actor, decisionId, ListingDecisionView.class, ListingDecisionView.COLLECTION,
                "listing decision");
    }
}
