package org.firegov.training.campaign;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import org.firegov.training.campaign.CampaignCommands.CancelCampaign;
import org.firegov.training.campaign.CampaignCommands.HoldCampaign;
import org.firegov.training.campaign.CampaignCommands.PlanCampaign;
import org.firegov.training.party.Parties;
import org.firegov.training.party.Party;
import org.firegov.training.party.PartyType;
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
 * Campaigns over HTTP. The brigade plans anywhere and for any organiser; a department or a town plans as itself.
 * Only the organiser (or the brigade) holds or cancels. A town sees the campaigns in its town, a department the
 * ones it organises, the committee and the brigade all.
 */
@RestController
@RequestMapping("/api/training/campaigns")
class CampaignController {

    static final ScopeFilter SCOPE = new ScopeFilter("town", "department", null);
    private static final String CODE = "[a-z][a-z0-9-]{1,39}";

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    CampaignController(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    /**
     * What a client sends to plan a campaign. {@code organiserType}/{@code organiserCode} are for the brigade
     * planning on someone's behalf; others may omit them (they organise as themselves).
     */
    record PlanCampaignRequest(
            @NotNull CampaignKind kind,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Pattern(regexp = CODE, message = "must be a town code such as xiabao") String town,
            @NotBlank @Size(max = 200) String audience,
            @NotNull @PlausibleDate LocalDate plannedDate,
            @NotBlank @Size(max = 300) String place,
            @Size(max = 200) String contact,
            PartyType organiserType,
            @Pattern(regexp = CODE, message = "must be a department or town code") String organiserCode) {
    }

    record HoldCampaignRequest(
            @NotNull @PlausibleDate LocalDate heldDate,
            @NotNull @Min(0) @Max(Campaign.MAX_PEOPLE_REACHED) Integer peopleReached,
            @Size(max = 2000) String note) {
    }

    record CancelCampaignRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    record CampaignIdentity(String campaignId) {
    }

    @PostMapping
    ResponseEntity<CampaignIdentity> plan(Actor actor, @Valid @RequestBody PlanCampaignRequest request) {
        Party by = Parties.of(actor);
        Party organiser = Parties.organiser(by, request.organiserType(), request.organiserCode());
        String campaignId = UUID.randomUUID().toString();
        commands.sendAndWait(new PlanCampaign(campaignId, request.kind(), request.title().strip(), request.town(),
                organiser, request.audience().strip(), request.plannedDate(), request.place().strip(),
                request.contact(), false, by));
        return ResponseEntity.created(URI.create("/api/training/campaigns/" + campaignId))
                .body(new CampaignIdentity(campaignId));
    }

    @PostMapping("/{campaignId}/hold")
    ResponseEntity<Void> hold(Actor actor, @PathVariable String campaignId,
                              @Valid @RequestBody HoldCampaignRequest request) {
        commands.sendAndWait(new HoldCampaign(campaignId, request.heldDate(), request.peopleReached(),
                request.note(), County.today(), Parties.of(actor)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{campaignId}/cancel")
    ResponseEntity<Void> cancel(Actor actor, @PathVariable String campaignId,
                                @Valid @RequestBody CancelCampaignRequest request) {
        commands.sendAndWait(new CancelCampaign(campaignId, request.reason().strip(), Parties.of(actor)));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    PageOf<CampaignView> list(Actor actor, @RequestParam(required = false) Integer year,
                              @RequestParam(required = false) String town,
                              @RequestParam(required = false) CampaignStatus status, Pageable pageable) {
        var query = SCOPE.query(actor,
                year == null ? null : Criteria.where("year").is(year),
                town == null ? null : Criteria.where("town").is(town),
                status == null ? null : Criteria.where("status").is(status))
                .with(Sort.by(Sort.Direction.DESC, "date").and(Sort.by("_id")));
        return PageOf.query(mongo, query, pageable, CampaignView.class, CampaignView.COLLECTION);
    }

    @GetMapping("/{campaignId}")
    CampaignView get(Actor actor, @PathVariable String campaignId) {
        CampaignView campaign = mongo.findOne(SCOPE.query(actor, Criteria.where("_id").is(campaignId)),
                CampaignView.class, CampaignView.COLLECTION);
        if (campaign == null) {
            throw new NotFound("campaign", campaignId);
        }
        return campaign;
    }
}
