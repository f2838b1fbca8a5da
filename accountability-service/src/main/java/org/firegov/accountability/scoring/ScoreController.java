package org.firegov.accountability.scoring;

import java.util.List;

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
import org.firegov.accountability.scoring.ManualScoreCommands.GiveManualScore;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.security.Actor;
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
    private final Scoreboard scoreboard;
    private final CommandGateway commands;

    ScoreController(Parties parties, Scoreboard scoreboard, CommandGateway commands) {
        this.parties = parties;
        this.scoreboard = scoreboard;
        this.commands = commands;
    }

    record ManualScoreRequest(@NotNull Double points, @NotBlank @Size(max = 2000) String reason) {
    }

    /** Every visible party's score, ranked among all parties of its kind (not only the ones the caller sees). */
    @GetMapping
    List<PartyScore> scores(Actor actor, @RequestParam int year) {
        List<ResponsibleParty> visible = parties.visibleTo(actor);
        return scoreboard.ranked(AssessmentPeriod.live(year)).stream()
                .filter(score -> visible.contains(score.party()))
                .map(PartyScore::summary)
                .toList();
    }

    /** One party's score and rank with the ids of every fact behind each indicator. */
    @GetMapping("/{kind}/{code}")
    PartyScore party(Actor actor, @PathVariable PartyKind kind, @PathVariable String code, @RequestParam int year) {
        ResponsibleParty party = parties.visibleTo(actor, kind, code);
        return scoreboard.ranked(AssessmentPeriod.live(year)).stream()
                .filter(score -> score.party().equals(party))
                .findFirst().orElseThrow();
    }

    @PutMapping("/{kind}/{code}/manual/{indicatorCode}")
    ResponseEntity<Void> manual(Actor actor, @PathVariable PartyKind kind, @PathVariable String code,
                                @PathVariable String indicatorCode, @RequestParam int year,
                                @Valid @RequestBody ManualScoreRequest request) {
        ResponsibleParty party = parties.visibleTo(actor, kind, code);
        Indicator indicator = scoreboard.schemeInForce(year).indicators().stream()
                .filter(i -> i.code().equals(indicatorCode)).findFirst()
                .orElseThrow(() -> new NotFound("indicator", indicatorCode));
        if (indicator.rule().type() != ScoringRule.Type.MANUAL) {
            throw new BusinessRuleViolation("not-manual", indicatorCode + " is computed from evidence, not scored by hand");
        }
        commands.sendAndWait(new GiveManualScore(ManualScoreCommands.scoreId(year, kind, code, indicatorCode), year,
                party.kind(), party.code(), indicatorCode, request.points(), indicator.weight(), request.reason().strip()));
        return ResponseEntity.noContent().build();
    }
}
