package org.firegov.accountability.supervision;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.accountability.party.Parties;
import org.firegov.accountability.supervision.Circular.IssueCircular;
import org.firegov.accountability.supervision.Circular.Named;
import org.firegov.kit.readmodel.PageOf;
import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Circulars (通报) and referral letters (抄告): the committee issues; each named party sees those naming it. */
@RestController
@RequestMapping(CircularController.BASE)
class CircularController {

    static final String BASE = "/api/accountability/circulars";
    private static final ScopeFilter SCOPE = new ScopeFilter("towns", "departments", null);

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final Parties parties;
    private final Clock clock;

    CircularController(CommandGateway commands, MongoTemplate mongo, Parties parties, Clock clock) {
        this.commands = commands;
        this.mongo = mongo;
        this.parties = parties;
        this.clock = clock;
    }

    record CircularRequest(@NotNull Circular.Kind kind, @NotBlank @Size(max = 300) String title,
                           @NotBlank @Size(max = 20000) String body,
                           @NotEmpty @Size(max = 100) List<@Valid @NotNull Named> parties,
                           @NotNull LocalDate issuedOn) {
    }

    record CircularIdentity(String circularId) {
    }

    @PostMapping
    ResponseEntity<CircularIdentity> issue(@Valid @RequestBody CircularRequest request) {
        request.parties().forEach(named -> parties.require(named.kind(), named.code()));
        String circularId = UUID.randomUUID().toString();
        commands.sendAndWait(new IssueCircular(circularId, request.kind(), request.title().strip(), request.body().strip(),
                request.parties().stream().distinct().toList(), request.issuedOn(), Supervision.today(clock)));
        return ResponseEntity.created(URI.create(BASE + "/" + circularId)).body(new CircularIdentity(circularId));
    }

    @GetMapping
    PageOf<CircularView> list(Actor actor, Pageable pageable) {
        Query query = SCOPE.query(actor).with(Sort.by(Sort.Direction.DESC, "issuedOn"));
        return PageOf.query(mongo, query, pageable, CircularView.class, CircularView.COLLECTION);
    }

    @GetMapping("/{circularId}")
    CircularView get(Actor actor, @PathVariable String circularId) {
        return SCOPE.findVisible(mongo, actor, circularId, CircularView.class, CircularView.COLLECTION,
                "circular");
    }
}
