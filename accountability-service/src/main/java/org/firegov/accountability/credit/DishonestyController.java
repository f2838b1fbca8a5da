package org.firegov.accountability.credit;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.accountability.credit.DishonestyCommands.RecordDishonesty;
import org.firegov.accountability.credit.DishonestyCommands.RepairCredit;
import org.firegov.accountability.party.Parties;
import org.firegov.accountability.party.PartyKind;
import org.firegov.kit.readmodel.PageOf;
import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.firegov.kit.validation.CreditCode;
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
 * Credit supervision (信用监管) over HTTP: the committee records and repairs; the unit's department and town see
 * its records; anyone may read the active public list.
 */
@RestController
class DishonestyController {

    private static final String BASE = "/api/accountability/dishonesty-records";
    private static final ScopeFilter SCOPE = new ScopeFilter("town", "department", "unitId");
    private static final int PUBLIC_LIST_LIMIT = 1000;

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final Parties parties;

    DishonestyController(CommandGateway commands, MongoTemplate mongo, Parties parties) {
        this.commands = commands;
        this.mongo = mongo;
        this.parties = parties;
    }

    record RecordRequest(@NotBlank @CreditCode String unitId, @NotBlank @Size(max = 200) String unitName,
                         String town, String department, @NotNull DishonestyBasis basis,
                         @NotBlank @Size(max = 2000) String reason, @NotNull LocalDate effectiveFrom,
                         @NotNull LocalDate expiresOn) {
    }

    record RepairRequest(@NotBlank @Size(max = 4000) String evidence) {
    }

    record RecordIdentity(String recordId) {
    }

    @PostMapping(BASE)
    ResponseEntity<RecordIdentity> record(@Valid @RequestBody RecordRequest request) {
        requireParty(PartyKind.TOWN, request.town());
        requireParty(PartyKind.DEPARTMENT, request.department());
        String recordId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordDishonesty(recordId, request.unitId(), request.unitName().strip(),
                request.town(), request.department(), request.basis(), request.reason().strip(),
                request.effectiveFrom(), request.expiresOn()));
        return ResponseEntity.created(URI.create(BASE + "/" + recordId)).body(new RecordIdentity(recordId));
    }

    @GetMapping(BASE)
    PageOf<DishonestyView> list(Actor actor, @RequestParam(required = false) DishonestyView.Status status,
                                Pageable pageable) {
        Query query = SCOPE.query(actor, status == null ? null : Criteria.where("status").is(status))
                .with(Sort.by(Sort.Direction.DESC, "effectiveFrom"));
        return PageOf.query(mongo, query, pageable, DishonestyView.class, DishonestyView.COLLECTION);
    }

    @GetMapping(BASE + "/{recordId}")
    DishonestyView get(Actor actor, @PathVariable String recordId) {
        return SCOPE.findVisible(mongo, actor, recordId, DishonestyView.class, DishonestyView.COLLECTION,
                "dishonesty record");
    }

    @PostMapping(BASE + "/{recordId}/repair")
    ResponseEntity<Void> repair(@PathVariable String recordId, @Valid @RequestBody RepairRequest request) {
        commands.sendAndWait(new RepairCredit(recordId, request.evidence().strip()));
        return ResponseEntity.noContent().build();
    }

    /** 失信名单公示 — the active records, with only what the credit rules make public. */
    @GetMapping("/api/accountability/public/dishonesty-list")
    List<DishonestyView.PublicEntry> publicList() {
        return mongo.find(Query.query(Criteria.where("status").is(DishonestyView.Status.ACTIVE))
                        .with(Sort.by(Sort.Direction.DESC, "effectiveFrom")).limit(PUBLIC_LIST_LIMIT),
                DishonestyView.class, DishonestyView.COLLECTION).stream().map(DishonestyView::publicEntry).toList();
    }

    private void requireParty(PartyKind kind, String code) {
        if (code != null) {
            parties.require(kind, code);
        }
    }
}
