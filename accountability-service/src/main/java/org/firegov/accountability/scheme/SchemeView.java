package org.firegov.accountability.scheme;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A scheme version as the committee and the parties read it. */
@Document(SchemeView.COLLECTION)
public record SchemeView(@Id String schemeId, int year, int version, Status status, List<Indicator> indicators,
                         double totalWeight, GradeBands gradeBands, boolean majorFireVeto, String draftedBy,
                         Instant lockedAt, String lockedBy) {

    public static final String COLLECTION = "assessment_schemes";

    public enum Status { DRAFT, LOCKED }

    SchemeView withIndicators(List<Indicator> changed) {
        return new SchemeView(schemeId, year, version, status, changed,
                changed.stream().mapToDouble(Indicator::weight).sum(), gradeBands, majorFireVeto, draftedBy,
                lockedAt, lockedBy);
    }

    SchemeView withGradeBands(GradeBands bands) {
        return new SchemeView(schemeId, year, version, status, indicators, totalWeight, bands, majorFireVeto,
                draftedBy, lockedAt, lockedBy);
    }

    SchemeView withMajorFireVeto(boolean veto) {
        return new SchemeView(schemeId, year, version, status, indicators, totalWeight, gradeBands, veto,
                draftedBy, lockedAt, lockedBy);
    }

    SchemeView locked(Instant at, String by) {
        return new SchemeView(schemeId, year, version, Status.LOCKED, indicators, totalWeight, gradeBands,
                majorFireVeto, draftedBy, at, by);
    }
}
