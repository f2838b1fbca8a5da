package org.firegov.accountability.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.accountability.party.Parties;
import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.party.ResponsibleParty;
import org.firegov.accountability.scheme.Indicator;
import org.firegov.accountability.scheme.ScoringRule;
import org.firegov.accountability.scheme.SchemeView;
import org.firegov.accountability.scoring.ManualScoreCommands.GiveManualScore;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.security.Actor;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The committee's live scores (考核得分): every party it may see, ranked within its kind, and a drill-down to the
 * objects behind each point. A department or town sees only itself.
 */
@RestController
@RequestMapping("/api/accountability/scores")
class ScoreController {

    private final Parties parties;
    private final EvidenceFacts evidence;
    private final MongoTemplate mongo;
    private final CommandGateway commands;

    ScoreController(Parties parties, EvidenceFacts evidence, MongoTemplate mongo, CommandGateway commands) {
        this.parties = parties;
        this.evidence = evidence;
        this.mongo = mongo;
        this.commands = commands;
    }

    record ManualScoreRequest(@NotNull Double points, @NotBlank @Size(max = 2000) String reason) {
    }

    /** Every visible party's score, ranked among all parties of its kind (not only the ones the caller sees). */
    @GetMapping
    List<PartyScore> scores(Actor actor, @RequestParam int year) {
        List<ResponsibleParty> visible = parties.visibleTo(actor);
        return ranked(schemeInForce(year), year).stream()
                .filter(score -> visible.contains(score.party()))
                .map(PartyScore::summary)
                .toList();
    }

    /** One party's score and rank with the ids of every fact behind each indicator. */
    @GetMapping("/{kind}/{code}")
    PartyScore party(Actor actor, @PathVariable PartyKind kind, @PathVariable String code, @RequestParam int year) {
        ResponsibleParty party = visible(actor, kind, code);
        return ranked(schemeInForce(year), year).stream()
                .filter(score -> score.party().equals(party))
                .findFirst().orElseThrow();
    }

    private List<PartyScore> ranked(SchemeView scheme, int year) {
        List<PartyScore> all = new ArrayList<>();
        for (PartyKind kind : PartyKind.values()) {
            List<PartyScore> ofKind = parties.all().stream().filter(p -> p.kind() == kind)
                    .map(party -> score(scheme, party, year))
                    .sorted(Comparator.comparingDouble(PartyScore::total).reversed()
                            .thenComparing(s -> s.party().code()))
                    .toList();
            for (int i = 0; i < ofKind.size(); i++) {
                all.add(ofKind.get(i).ranked(i + 1));
            }
        }
        return all;
    }

    @PutMapping("/{kind}/{code}/manual/{indicatorCode}")
    ResponseEntity<Void> manual(Actor actor, @PathVariable PartyKind kind, @PathVariable String code,
                                @PathVariable String indicatorCode, @RequestParam int year,
                                @Valid @RequestBody ManualScoreRequest request) {
        ResponsibleParty party = visible(actor, kind, code);
        Indicator indicator = schemeInForce(year).indicators().stream()
                .filter(i -> i.code().equals(indicatorCode)).findFirst()
                .orElseThrow(() -> new NotFound("indicator", indicatorCode));
        if (indicator.rule().type() != ScoringRule.Type.MANUAL) {
            throw new BusinessRuleViolation("not-manual", indicatorCode + " is computed from evidence, not scored by hand");
        }
        commands.sendAndWait(new GiveManualScore(ManualScoreCommands.scoreId(year, kind, code, indicatorCode), year,
                party.kind(), party.code(), indicatorCode, request.points(), indicator.weight(), request.reason().strip()));
        return ResponseEntity.noContent().build();
    }

    private PartyScore score(SchemeView scheme, ResponsibleParty party, int year) {
        Map<String, ManualScoreView> manual = mongo.find(Query.query(Criteria.where("year").is(year)
                        .and("partyKind").is(party.kind()).and("partyCode").is(party.code())),
                ManualScoreView.class, ManualScoreView.COLLECTION).stream()
                .collect(Collectors.toMap(ManualScoreView::indicatorCode, Function.identity()));
        // fatal/major fire incidents are not published yet (inspection, issue 3): the veto has no evidence to act on
        return Scorer.score(scheme, party, indicator -> evidence.measure(indicator.metric(), party, year), manual, false);
    }

    private ResponsibleParty visible(Actor actor, PartyKind kind, String code) {
        return parties.visibleTo(actor).stream().filter(p -> p.kind() == kind && p.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFound("party", kind + " " + code));
    }

    private SchemeView schemeInForce(int year) {
        SchemeView scheme = mongo.findOne(Query.query(Criteria.where("year").is(year)
                        .and("status").is(SchemeView.Status.LOCKED))
                .with(Sort.by(Sort.Direction.DESC, "version")).limit(1), SchemeView.class, SchemeView.COLLECTION);
        if (scheme == null) {
            throw new NotFound("locked assessment scheme for", String.valueOf(year));
        }
        return scheme;
    }
}
