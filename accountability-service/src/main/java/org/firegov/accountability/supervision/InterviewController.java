package org.firegov.accountability.supervision;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.accountability.party.Parties;
import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.supervision.InterviewCommands.HoldInterview;
import org.firegov.accountability.supervision.InterviewCommands.RecordFollowUp;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Warning interviews (警示约谈): the committee records them and their follow-up; a party sees its own. */
@RestController
@RequestMapping(InterviewController.BASE)
class InterviewController {

    static final String BASE = "/api/accountability/interviews";
    private static final ScopeFilter SCOPE = new ScopeFilter("town", "department", null);

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final Parties parties;
    private final Clock clock;

    InterviewController(CommandGateway commands, MongoTemplate mongo, Parties parties, Clock clock) {
        this.commands = commands;
        this.mongo = mongo;
        this.parties = parties;
        this.clock = clock;
    }

    record InterviewRequest(@NotNull PartyKind partyKind, @NotBlank String partyCode,
                            @NotBlank @Size(max = 2000) String reason, @NotNull LocalDate heldOn,
                            @NotNull LocalDate followUpBy) {
    }

    record FollowUpRequest(@NotBlank @Size(max = 4000) String outcome) {
    }

    record InterviewIdentity(String interviewId) {
    }

    @PostMapping
    ResponseEntity<InterviewIdentity> hold(@Valid @RequestBody InterviewRequest request) {
        parties.require(request.partyKind(), request.partyCode());
        String interviewId = UUID.randomUUID().toString();
        commands.sendAndWait(new HoldInterview(interviewId, request.partyKind(), request.partyCode(),
                request.reason().strip(), request.heldOn(), request.followUpBy(), Supervision.today(clock)));
        return ResponseEntity.created(URI.create(BASE + "/" + interviewId)).body(new InterviewIdentity(interviewId));
    }

    @GetMapping
    PageOf<InterviewView> list(Actor actor, @RequestParam(required = false) Boolean overdue, Pageable pageable) {
        Query query = SCOPE.query(actor, overdue == null ? null : Criteria.where("overdue").is(overdue))
                .with(Sort.by(Sort.Direction.DESC, "heldOn"));
        return PageOf.query(mongo, query, pageable, InterviewView.class, InterviewView.COLLECTION);
    }

    @GetMapping("/{interviewId}")
    InterviewView get(Actor actor, @PathVariable String interviewId) {
        return SCOPE.findVisible(mongo, actor, interviewId, InterviewView.class, InterviewView.COLLECTION,
                "warning interview");
    }

    @PostMapping("/{interviewId}/follow-up")
    ResponseEntity<Void> followUp(@PathVariable String interviewId, @Valid @RequestBody FollowUpRequest request) {
        commands.sendAndWait(new RecordFollowUp(interviewId, request.outcome().strip()));
        return ResponseEntity.noContent().build();
    }
}
