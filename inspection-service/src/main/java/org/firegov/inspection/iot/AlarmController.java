package org.firegov.inspection.iot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.iot.AlarmCommands.AcknowledgeAlarm;
import org.firegov.inspection.iot.AlarmCommands.ResolveAlarm;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.readmodel.PageOf;
import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * IoT alarms over HTTP: everyone lists the alarms of the units in their scope; the brigade, or the unit itself,
 * verifies (acknowledges with a verdict) and resolves them. Outside the caller's scope an alarm does not exist (404).
 */
@RestController
@RequestMapping("/api/inspection/iot/alarms")
class AlarmController {

    static final ScopeFilter SCOPE = new ScopeFilter("town", "department", "unitId");

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    AlarmController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record AcknowledgeRequest(@NotNull AlarmVerdict verdict, @Size(max = 2000) String note) {
    }

    record ResolveRequest(@Size(max = 2000) String note) {
    }

    @GetMapping
    PageOf<AlarmView> list(Actor actor, @RequestParam(required = false) AlarmView.Status status,
                           @RequestParam(required = false) AlarmKind kind,
                           @RequestParam(required = false) String unitId,
                           @RequestParam(required = false) String deviceId,
                           @RequestParam(required = false) String town, Pageable pageable) {
        var query = SCOPE.query(actor,
                status == null ? null : Criteria.where("status").is(status),
                kind == null ? null : Criteria.where("kind").is(kind),
                unitId == null ? null : Criteria.where("unitId").is(unitId),
                deviceId == null ? null : Criteria.where("deviceId").is(deviceId),
                town == null ? null : Criteria.where("town").is(town))
                .with(Sort.by(Sort.Direction.DESC, "raisedAt"));
        return PageOf.query(mongo, query, pageable, AlarmView.class, AlarmView.COLLECTION);
    }

    @GetMapping("/{alarmId}")
    AlarmView get(Actor actor, @PathVariable String alarmId) {
        AlarmView alarm = mongo.findOne(SCOPE.query(actor, Criteria.where("_id").is(alarmId)), AlarmView.class,
                AlarmView.COLLECTION);
        if (alarm == null) {
            throw new NotFound("alarm", alarmId);
        }
        return alarm;
    }

    /** 报警核查 — a verdict of {@code HAZARD} reports a hazard with source IOT at the alarm's unit. */
    @PostMapping("/{alarmId}/acknowledgement")
    ResponseEntity<Void> acknowledge(Actor actor, @PathVariable String alarmId,
                                     @Valid @RequestBody AcknowledgeRequest request) {
        AlarmView alarm = get(actor, alarmId);
        commands.sendAndWait(new AcknowledgeAlarm(alarm.alarmKey(), alarmId, request.verdict(), request.note()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{alarmId}/resolution")
    ResponseEntity<Void> resolve(Actor actor, @PathVariable String alarmId,
                                 @Valid @RequestBody(required = false) ResolveRequest request) {
        AlarmView alarm = get(actor, alarmId);
        commands.sendAndWait(new ResolveAlarm(alarm.alarmKey(), alarmId, request == null ? null : request.note()));
        return ResponseEntity.noContent().build();
    }
}
