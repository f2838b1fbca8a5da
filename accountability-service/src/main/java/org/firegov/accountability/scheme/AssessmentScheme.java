package org.firegov.accountability.scheme;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.accountability.scheme.SchemeCommands.DraftScheme;
import org.firegov.accountability.scheme.SchemeCommands.LockScheme;
import org.firegov.accountability.scheme.SchemeCommands.RemoveIndicator;
import org.firegov.accountability.scheme.SchemeCommands.SetGradeBands;
import org.firegov.accountability.scheme.SchemeCommands.SetIndicator;
import org.firegov.accountability.scheme.SchemeCommands.SetMajorFireVeto;
import org.firegov.accountability.scheme.SchemeEvents.GradeBandsSet;
import org.firegov.accountability.scheme.SchemeEvents.IndicatorRemoved;
import org.firegov.accountability.scheme.SchemeEvents.IndicatorSet;
import org.firegov.accountability.scheme.SchemeEvents.MajorFireVetoSet;
import org.firegov.accountability.scheme.SchemeEvents.SchemeDrafted;
import org.firegov.accountability.scheme.SchemeEvents.SchemeLocked;
import org.firegov.kit.domain.BusinessRuleViolation;

/**
 * One version of a year's assessment scheme (年度消防工作考核方案): editable while a draft, locked when the year
 * opens. Weights must add up to 100 before it can be locked.
 */
@Aggregate
public class AssessmentScheme {

    private static final double TOTAL = 100.0;

    @AggregateIdentifier
    private String schemeId;
    private int year;
    private int version;
    private final Map<String, Double> weights = new LinkedHashMap<>();
    private boolean locked;

    protected AssessmentScheme() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(DraftScheme command) {
        command.indicators().forEach(AssessmentScheme::check);
        apply(new SchemeDrafted(command.schemeId(), command.year(), command.version(), command.indicators(),
                command.gradeBands(), command.majorFireVeto()));
    }

    @CommandHandler
    void handle(SetIndicator command) {
        requireDraft();
        check(command.indicator());
        apply(new IndicatorSet(schemeId, command.indicator()));
    }

    @CommandHandler
    void handle(RemoveIndicator command) {
        requireDraft();
        if (!weights.containsKey(command.code())) {
            throw new BusinessRuleViolation("unknown-indicator", "scheme " + schemeId + " has no indicator " + command.code());
        }
        apply(new IndicatorRemoved(schemeId, command.code()));
    }

    @CommandHandler
    void handle(SetGradeBands command) {
        requireDraft();
        if (!command.gradeBands().ordered()) {
            throw new BusinessRuleViolation("grade-bands-unordered",
                    "grade bands must satisfy 100 ≥ excellent > good > pass ≥ 0");
        }
        apply(new GradeBandsSet(schemeId, command.gradeBands()));
    }

    @CommandHandler
    void handle(SetMajorFireVeto command) {
        requireDraft();
        apply(new MajorFireVetoSet(schemeId, command.majorFireVeto()));
    }

    @CommandHandler
    void handle(LockScheme command) {
        requireDraft();
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (weights.isEmpty() || Math.abs(total - TOTAL) > 1e-6) {
            throw new BusinessRuleViolation("weights-not-100",
                    "the indicators' weights add up to " + total + "; they must add up to 100 before the year opens");
        }
        apply(new SchemeLocked(schemeId, year, version));
    }

    private void requireDraft() {
        if (locked) {
            throw new BusinessRuleViolation.Conflict("scheme-locked",
                    "scheme " + schemeId + " is locked since its year opened; draft a new version to change it");
        }
    }

    private static void check(Indicator indicator) {
        if (!(indicator.weight() > 0 && indicator.weight() <= TOTAL)) {
            throw new BusinessRuleViolation("invalid-weight", "an indicator's weight must be above 0 and at most 100");
        }
        String problem = indicator.rule() == null ? "an indicator needs a scoring rule" : indicator.rule().problem();
        if (problem != null) {
            throw new BusinessRuleViolation("invalid-rule", indicator.code() + ": " + problem);
        }
        boolean manual = indicator.rule().type() == ScoringRule.Type.MANUAL;
        if (manual == (indicator.metric() != null)) {
            throw new BusinessRuleViolation("invalid-source", indicator.code()
                    + ": an indicator is either computed from a metric or scored by the committee (rule MANUAL)");
        }
    }

    @EventSourcingHandler
    void on(SchemeDrafted event) {
        schemeId = event.schemeId();
        year = event.year();
        version = event.version();
        event.indicators().forEach(indicator -> weights.put(indicator.code(), indicator.weight()));
    }

    @EventSourcingHandler
    void on(IndicatorSet event) {
        weights.put(event.indicator().code(), event.indicator().weight());
    }

    @EventSourcingHandler
    void on(IndicatorRemoved event) {
        weights.remove(event.code());
    }

    @EventSourcingHandler
    void on(SchemeLocked event) {
        locked = true;
    }
}
