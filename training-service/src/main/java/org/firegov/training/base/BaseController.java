package org.firegov.training.base;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.firegov.training.County;
import org.firegov.training.PlausibleDate;
import org.firegov.training.base.BaseCommands.CloseBase;
import org.firegov.training.base.BaseCommands.RegisterBase;
import org.firegov.training.party.Parties;
import org.firegov.training.party.PartyType;
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
 * The registry of education bases and theme parks (科普教育基地、主题公园): registered and closed by their operator
 * (campaign rules), listed in scope, and — being places the public visits — listed without login.
 */
@RestController
class BaseController {

    static final ScopeFilter SCOPE = new ScopeFilter("town", "department", null);
    private static final String CODE = "[a-z][a-z0-9-]{1,39}";

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    BaseController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record BaseRequest(@NotNull BaseKind kind, @NotBlank @Size(max = 200) String name,
                       @NotBlank @Pattern(regexp = CODE, message = "must be a town code such as xiabao") String town,
                       @NotBlank @Size(max = 300) String address, @NotNull @PlausibleDate LocalDate openedOn,
                       PartyType operatorType,
                       @Pattern(regexp = CODE, message = "must be a department or town code") String operatorCode) {
    }

    record CloseRequest(@NotNull @PlausibleDate LocalDate closedOn, @NotBlank @Size(max = 500) String reason) {
    }

    record BaseIdentity(String baseId) {
    }

    @PostMapping("/api/training/education-bases")
    ResponseEntity<BaseIdentity> register(Actor actor, @Valid @RequestBody BaseRequest request) {
        var by = Parties.of(actor);
        String baseId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterBase(baseId, request.kind(), request.name().strip(), request.town(),
                request.address().strip(), request.openedOn(),
                Parties.organiser(by, request.operatorType(), request.operatorCode()), false, null, County.today(), by));
        return ResponseEntity.created(URI.create("/api/training/education-bases/" + baseId))
                .body(new BaseIdentity(baseId));
    }

    @PostMapping("/api/training/education-bases/{baseId}/close")
    ResponseEntity<Void> close(Actor actor, @PathVariable String baseId, @Valid @RequestBody CloseRequest request) {
        commands.sendAndWait(new CloseBase(baseId, request.closedOn(), request.reason().strip(), County.today(),
                Parties.of(actor)));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/training/education-bases")
    List<BaseView> list(Actor actor, @RequestParam(required = false) String town) {
        return mongo.find(SCOPE.query(actor, town == null ? null : Criteria.where("town").is(town))
                .with(Sort.by("town", "name")).limit(1000), BaseView.class, BaseView.COLLECTION);
    }

    /** Open sites anyone may visit: kind, name, town and address only. */
    @GetMapping("/api/training/public/education-bases")
    List<BaseView.Public> open(@RequestParam(required = false) @Pattern(regexp = CODE) String town) {
        return mongo.find(Query.query(new Criteria().andOperator(Criteria.where("closedOn").is(null),
                        town == null ? new Criteria() : Criteria.where("town").is(town)))
                        .with(Sort.by("town", "name")).limit(1000), BaseView.class, BaseView.COLLECTION).stream()
                .map(b -> new BaseView.Public(b.baseId(), b.kind(), b.name(), b.town(), b.address()))
                .toList();
    }
}
