package org.firegov.inspection.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.notification.OpeningApplicationCommands.AcceptApplication;
import org.firegov.inspection.notification.OpeningApplicationCommands.RecordCheckResult;
import org.firegov.inspection.notification.OpeningApplicationCommands.RefuseApplication;
import org.firegov.inspection.notification.OpeningApplicationCommands.ScheduleCheck;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.readmodel.PageOf;
import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.springframework.beans.factory.annotation.Value;
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
 * The brigade processes notification-commitment applications (告知承诺): accept or refuse, schedule the on-site
 * check within {@code firegov.inspection.opening-check-deadline} of acceptance, record its result. Committee,
 * towns (their own venues) and units (their own application) read.
 */
@RestController
@RequestMapping("/api/inspection/opening-applications")
class ApplicationReviewController {

    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private static final ScopeFilter SCOPE = new ScopeFilter("town", null, "creditCode");

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final Duration checkDeadline;
    private final Clock clock = Clock.system(COUNTY);

    ApplicationReviewController(CommandGateway commands, MongoTemplate mongo,
                                @Value("${firegov.inspection.opening-check-deadline:P20D}") Duration checkDeadline) {
        this.commands = commands;
        this.mongo = mongo;
        this.checkDeadline = checkDeadline;
    }

    record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    record CheckSchedule(@NotNull LocalDate checkDate) {
    }

    record CheckResult(@NotNull Boolean passed, @Size(max = 2000) String reason) {
    }

    @GetMapping
    PageOf<OpeningApplicationView> list(Actor actor, @RequestParam(required = false) ApplicationStatus status,
                                        Pageable pageable) {
        var query = SCOPE.query(actor, status == null ? null : Criteria.where("status").is(status))
                .with(Sort.by(Sort.Direction.DESC, "submittedAt"));
        return PageOf.query(mongo, query, pageable, OpeningApplicationView.class, OpeningApplicationView.COLLECTION);
    }

    @GetMapping("/{applicationId}")
    OpeningApplicationView get(Actor actor, @PathVariable String applicationId) {
        OpeningApplicationView view = mongo.findOne(SCOPE.query(actor, Criteria.where("_id").is(applicationId)),
                OpeningApplicationView.class, OpeningApplicationView.COLLECTION);
        if (view == null) {
            throw new NotFound("application", applicationId);
        }
        return view;
    }

    @PostMapping("/{applicationId}/acceptance")
    ResponseEntity<Void> accept(@PathVariable String applicationId) {
        LocalDate today = LocalDate.now(clock);
        commands.sendAndWait(new AcceptApplication(applicationId, today.plusDays(checkDeadline.toDays())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{applicationId}/refusal")
    ResponseEntity<Void> refuse(@PathVariable String applicationId, @Valid @RequestBody Reason request) {
        commands.sendAndWait(new RefuseApplication(applicationId, request.reason().strip()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{applicationId}/check-schedule")
    ResponseEntity<Void> schedule(@PathVariable String applicationId, @Valid @RequestBody CheckSchedule request) {
        commands.sendAndWait(new ScheduleCheck(applicationId, request.checkDate(), LocalDate.now(clock)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{applicationId}/check-result")
    ResponseEntity<Void> result(@PathVariable String applicationId, @Valid @RequestBody CheckResult request) {
        commands.sendAndWait(new RecordCheckResult(applicationId, request.passed(),
                request.reason() == null ? null : request.reason().strip()));
        return ResponseEntity.noContent().build();
    }
}
