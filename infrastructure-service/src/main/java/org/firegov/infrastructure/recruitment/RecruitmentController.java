package org.firegov.infrastructure.recruitment;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.infrastructure.InfrastructureScope;
import org.firegov.infrastructure.recruitment.RecruitCommands.HireFirefighter;
import org.firegov.kit.security.Actor;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Recruitment of government full-time firefighters: the brigade records hires; readers see plan vs hired. */
@RestController
class RecruitmentController {

    private static final java.time.ZoneId COUNTY = java.time.ZoneId.of("Asia/Shanghai");

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    RecruitmentController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record HireRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9-]{2,32}", message = "must be a personnel number") String staffNo,
                       @NotNull LocalDate hiredOn,
                       @NotBlank @Pattern(regexp = InfrastructureScope.TOWN_CODE,
                               message = InfrastructureScope.TOWN_CODE_MESSAGE) String town) {
    }

    @PostMapping("/api/infrastructure/recruits")
    ResponseEntity<Map<String, String>> hire(@Valid @RequestBody HireRequest request) {
        commands.sendAndWait(new HireFirefighter(request.staffNo(), request.hiredOn(), request.town(),
                LocalDate.now(COUNTY)));
        return ResponseEntity.created(URI.create("/api/infrastructure/recruits/" + request.staffNo()))
                .body(Map.of("staffNo", request.staffNo()));
    }

    @GetMapping("/api/infrastructure/recruits")
    List<RecruitView> recruits(Actor actor) {
        return mongo.find(InfrastructureScope.query(actor, "town").with(Sort.by("hiredOn")), RecruitView.class,
                RecruitView.COLLECTION);
    }

    /** The county's recruitment against the plan (county-wide figures, for every reader). */
    @GetMapping("/api/infrastructure/recruitment")
    RecruitmentPlan.Progress progress() {
        Map<Integer, Integer> hiredByYear = mongo.find(new Query(), RecruitView.class, RecruitView.COLLECTION).stream()
                .collect(Collectors.groupingBy(RecruitView::year, Collectors.summingInt(recruit -> 1)));
        return RecruitmentPlan.of(hiredByYear);
    }
}
