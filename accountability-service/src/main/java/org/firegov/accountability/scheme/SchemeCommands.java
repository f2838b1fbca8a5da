package org.firegov.accountability.scheme;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of the annual assessment scheme (年度消防工作考核方案). */
public final class SchemeCommands {

    /** A new version of a year's scheme, starting from the indicators of the previous version (if any). */
    public record DraftScheme(@TargetAggregateIdentifier String schemeId, int year, int version,
                              List<Indicator> indicators, GradeBands gradeBands, boolean majorFireVeto) {
    }

    public record SetIndicator(@TargetAggregateIdentifier String schemeId, Indicator indicator) {
    }

    public record RemoveIndicator(@TargetAggregateIdentifier String schemeId, String code) {
    }

    public record SetGradeBands(@TargetAggregateIdentifier String schemeId, GradeBands gradeBands) {
    }

    /** 一票否决: a major fire in a party's jurisdiction fails the party whatever its points. */
    public record SetMajorFireVeto(@TargetAggregateIdentifier String schemeId, boolean majorFireVeto) {
    }

    /** The year opens with this version: no more edits; a change needs a new version. */
    public record LockScheme(@TargetAggregateIdentifier String schemeId) {
    }

    public static String schemeId(int year, int version) {
        return year + "-v" + version;
    }

    private SchemeCommands() {
    }
}
