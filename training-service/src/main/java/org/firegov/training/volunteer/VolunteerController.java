package org.firegov.training.volunteer;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.readmodel.PageOf;
import org.firegov.kit.readmodel.ScopeFilter;
import org.firegov.kit.security.Actor;
import org.firegov.training.County;
import org.firegov.training.PlausibleDate;
import org.firegov.training.party.Parties;
import org.firegov.training.party.PartyType;
import org.firegov.training.volunteer.VolunteerCommands.EnrolVolunteer;
import org.firegov.training.volunteer.VolunteerCommands.LogActivity;
import org.firegov.training.volunteer.VolunteerCommands.RegisterTeam;
import org.firegov.training.volunteer.VolunteerCommands.RetireVolunteer;
import org.firegov.training.volunteer.VolunteerViews.Activity;
import org.firegov.training.volunteer.VolunteerViews.Member;
import org.firegov.training.volunteer.VolunteerViews.Team;
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

/** Fire volunteer teams (消防志愿者队伍): their members and activities, with the organiser rules of campaigns. */
@RestController
@RequestMapping("/api/training/volunteer-teams")
class VolunteerController {

    static final ScopeFilter SCOPE = new ScopeFilter("town", "department", null);
    private static final String CODE = "[a-z][a-z0-9-]{1,39}";
    private static final String ID = "[A-Za-z0-9-]{1,40}";

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    VolunteerController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    record TeamRequest(@NotBlank @Size(max = 200) String name,
                       @NotBlank @Pattern(regexp = CODE, message = "must be a town code such as xiabao") String town,
                       PartyType organiserType,
                       @Pattern(regexp = CODE, message = "must be a department or town code") String organiserCode) {
    }

    record MemberRequest(@NotBlank @Pattern(regexp = ID, message = "must be 1-40 letters, digits or dashes")
                         String memberId, @NotBlank @Size(max = 50) String name,
                         @NotNull @PlausibleDate LocalDate joinedOn) {
    }

    record RetireRequest(@NotNull @PlausibleDate LocalDate leftOn) {
    }

    record ActivityRequest(@NotBlank @Size(max = 200) String title, @NotNull @PlausibleDate LocalDate heldOn,
                           @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") Double hours,
                           @NotEmpty @Size(max = 500) List<@NotBlank @Pattern(regexp = ID,
                                   message = "must be 1-40 letters, digits or dashes") String> memberIds) {
    }

    record TeamIdentity(String teamId) {
    }

    record ActivityIdentity(String activityId) {
    }

    @PostMapping
    ResponseEntity<TeamIdentity> register(Actor actor, @Valid @RequestBody TeamRequest request) {
        var by = Parties.of(actor);
        String teamId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterTeam(teamId, request.name().strip(), request.town(),
                Parties.organiser(by, request.organiserType(), request.organiserCode()), false, by));
        return ResponseEntity.created(URI.create("/api/training/volunteer-teams/" + teamId))
                .body(new TeamIdentity(teamId));
    }

    @PostMapping("/{teamId}/members")
    ResponseEntity<Void> enrol(Actor actor, @PathVariable String teamId, @Valid @RequestBody MemberRequest request) {
        commands.sendAndWait(new EnrolVolunteer(teamId, request.memberId(), request.name().strip(),
                request.joinedOn(), County.today(), Parties.of(actor)));
        return ResponseEntity.status(201).build();
    }

    @PostMapping("/{teamId}/members/{memberId}/retire")
    ResponseEntity<Void> retire(Actor actor, @PathVariable String teamId, @PathVariable String memberId,
                                @Valid @RequestBody RetireRequest request) {
        commands.sendAndWait(new RetireVolunteer(teamId, memberId, request.leftOn(), County.today(),
                Parties.of(actor)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{teamId}/activities")
    ResponseEntity<ActivityIdentity> log(Actor actor, @PathVariable String teamId,
                                         @Valid @RequestBody ActivityRequest request) {
        String activityId = UUID.randomUUID().toString();
        commands.sendAndWait(new LogActivity(teamId, activityId, request.title().strip(), request.heldOn(),
                request.hours(), request.memberIds(), County.today(), Parties.of(actor)));
        return ResponseEntity.status(201).body(new ActivityIdentity(activityId));
    }

    @GetMapping
    PageOf<Team> list(Actor actor, @RequestParam(required = false) String town, Pageable pageable) {
        var query = SCOPE.query(actor, town == null ? null : Criteria.where("town").is(town))
                .with(Sort.by("town", "name"));
        return PageOf.query(mongo, query, pageable, Team.class, Team.COLLECTION);
    }

    @GetMapping("/{teamId}")
    Team get(Actor actor, @PathVariable String teamId) {
        Team team = mongo.findOne(SCOPE.query(actor, Criteria.where("_id").is(teamId)), Team.class, Team.COLLECTION);
        if (team == null) {
            throw new NotFound("volunteer team", teamId);
        }
        return team;
    }

    @GetMapping("/{teamId}/members")
    List<Member> members(Actor actor, @PathVariable String teamId) {
        get(actor, teamId);
        return mongo.find(Query.query(Criteria.where("teamId").is(teamId)).with(Sort.by("memberId")),
                Member.class, Member.COLLECTION);
    }

    @GetMapping("/{teamId}/activities")
    List<Activity> activities(Actor actor, @PathVariable String teamId) {
        get(actor, teamId);
        return mongo.find(Query.query(Criteria.where("teamId").is(teamId))
                .with(Sort.by(Sort.Direction.DESC, "heldOn")).limit(1000), Activity.class, Activity.COLLECTION);
    }
}
