package org.firegov.accountability.scheme;

import java.util.List;

import org.axonframework.serialization.Revision;

/** Domain events of the assessment scheme, private to accountability-service. */
public final class SchemeEvents {

    @Revision("1")
    public record SchemeDrafted(String schemeId, int year, int version, List<Indicator> indicators,
                                GradeBands gradeBands, boolean majorFireVeto) {
    }

    @Revision("1")
    public record IndicatorSet(String schemeId, Indicator indicator) {
    }

    @Revision("1")
    public record IndicatorRemoved(String schemeId, String code) {
    }

    @Revision("1")
    public record GradeBandsSet(String schemeId, GradeBands gradeBands) {
    }

    @Revision("1")
    public record MajorFireVetoSet(String schemeId, boolean majorFireVeto) {
    }

    @Revision("1")
    public record SchemeLocked(String schemeId, int year, int version) {
    }

    private SchemeEvents() {
    }
}
