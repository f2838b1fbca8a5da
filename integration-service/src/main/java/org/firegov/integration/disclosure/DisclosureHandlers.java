package org.firegov.integration.disclosure;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.firegov.events.accountability.DishonestyEndedV1;
import org.firegov.events.accountability.DishonestyRecordedV1;
import org.firegov.events.inspection.HazardDelistedV1;
import org.firegov.events.inspection.HazardListedV1;
import org.firegov.events.inspection.InspectionCompletedV1;
import org.firegov.events.inspection.InspectionPlanPublishedV1;
import org.firegov.events.inspection.UnitAmendedV1;
import org.firegov.events.inspection.UnitRegisteredV1;
import org.firegov.kit.consume.IntegrationEventHandler;
import org.firegov.kit.consume.ReceivedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the public disclosure feed from other services' integration events. Only public fields go in: unit,
 * town, dates, results, counts, the deciding document — never descriptions, inspectors or people.
 */
@Configuration
class DisclosureHandlers {

    private final DisclosureFeed feed;
    private final UnitNames units;

    DisclosureHandlers(DisclosureFeed feed, UnitNames units) {
        this.feed = feed;
        this.units = units;
    }

    @Bean
    IntegrationEventHandler<UnitRegisteredV1> unitNameOnRegistration() {
        return IntegrationEventHandler.of(UnitRegisteredV1.class, (e, ctx) -> units.remember(e.unitId(), e.name()));
    }

    @Bean
    IntegrationEventHandler<UnitAmendedV1> unitNameOnAmendment() {
        return IntegrationEventHandler.of(UnitAmendedV1.class, (e, ctx) -> units.remember(e.unitId(), e.name()));
    }

    @Bean
    IntegrationEventHandler<InspectionPlanPublishedV1> publishedPlans() {
        return IntegrationEventHandler.of(InspectionPlanPublishedV1.class, (e, ctx) -> feed.append(ctx.id(),
                DisclosureKind.RANDOM_INSPECTION_PLAN, e.planId(), e.publishedAt(), fields(
                        "planId", e.planId(), "year", e.year(), "drawnUnits", e.drawn().stream()
                                .map(unit -> fields("unitId", unit.unitId(), "unitName", units.of(unit.unitId()),
                                        "town", unit.town())).toList())));
    }

    @Bean
    IntegrationEventHandler<InspectionCompletedV1> randomInspectionResults() {
        return IntegrationEventHandler.of(InspectionCompletedV1.class, (e, ctx) -> {
            if (e.planId() == null) {
                return; // only results of double-random inspections are published
            }
            feed.append(ctx.id(), DisclosureKind.RANDOM_INSPECTION_RESULT, e.inspectionId(), e.completedAt(), fields(
                    "inspectionId", e.inspectionId(), "planId", e.planId(), "unitId", e.unitId(),
                    "unitName", units.of(e.unitId()), "town", e.town(), "inspectedOn", e.inspectedOn().toString(),
                    "passed", e.passed(), "hazardsRaised", e.hazardsRaised()));
        });
    }

    @Bean
    IntegrationEventHandler<HazardListedV1> listedMajorHazards() {
        return IntegrationEventHandler.of(HazardListedV1.class, (e, ctx) -> feed.append(ctx.id(),
                DisclosureKind.MAJOR_HAZARD_LISTED, e.hazardId(), e.listedAt(), fields("hazardId", e.hazardId(),
                        "unitId", e.unitId(), "unitName", units.of(e.unitId()), "town", e.town(),
                        "document", e.document())));
    }

    @Bean
    IntegrationEventHandler<HazardDelistedV1> delistedMajorHazards() {
        return IntegrationEventHandler.of(HazardDelistedV1.class, (e, ctx) -> feed.append(ctx.id(),
                DisclosureKind.MAJOR_HAZARD_DELISTED, e.hazardId(), e.delistedAt(), fields("hazardId", e.hazardId(),
                        "unitId", e.unitId(), "unitName", units.of(e.unitId()), "town", e.town())));
    }

    @Bean
    IntegrationEventHandler<DishonestyRecordedV1> dishonestyRecorded() {
        return IntegrationEventHandler.of(DishonestyRecordedV1.class, (e, ctx) -> feed.append(ctx.id(),
                DisclosureKind.DISHONESTY_RECORDED, e.recordId(), occurred(ctx), fields("recordId", e.recordId(),
                        "unitId", e.unitId(), "unitName", e.unitName(), "town", e.town(), "basis", e.basis(),
                        "reason", e.reason(), "effectiveFrom", e.effectiveFrom().toString(),
                        "expiresOn", e.expiresOn().toString())));
    }

    @Bean
    IntegrationEventHandler<DishonestyEndedV1> dishonestyEnded() {
        return IntegrationEventHandler.of(DishonestyEndedV1.class, (e, ctx) -> feed.append(ctx.id(),
                DisclosureKind.DISHONESTY_ENDED, e.recordId(), e.endedAt(), fields("recordId", e.recordId(),
                        "unitId", e.unitId(), "how", e.how())));
    }

    private static Instant occurred(ReceivedEvent ctx) {
        return ctx.time() == null ? Instant.now() : ctx.time().toInstant();
    }

    /** An ordered map of name/value pairs; null values are left out. */
    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
