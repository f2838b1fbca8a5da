package org.firegov.inspection.incident;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands of fire and rescue incidents (火灾/警情). */
public final class IncidentCommands {

    /**
     * Record an incident. {@code count} is 1 for a live incident; a {@code historical} entry (the plan's 2016–2020
     * tables) stands for a year's {@code count} incidents of its kind, county-wide, with their totals.
     *
     * @param unitId     the unit where it happened, if any; {@code department} is the unit's
     * @param major      较大及以上火灾 — only a fire can be major
     */
    public record RecordIncident(String incidentId, String town, String unitId, String department,
                                 LocalDate occurredOn, IncidentKind kind, String cause, boolean major, int deaths,
                                 int injuries, long directLossYuan, int count, boolean historical) {
    }

    /** 火灾调查: the brigade records a fire's established cause and its conclusion, once. */
    public record InvestigateFire(@TargetAggregateIdentifier String incidentId, String cause, String conclusion) {
    }

    /** Who of a fire's supervisors failed which responsibility, and how gravely (延伸调查 的责任认定). */
    public record ResponsibilityFinding(PartyType partyType, String party, String finding, Severity severity) {
    }

    /** 属地 (a town) or 行业部门 (a department). */
    public enum PartyType { TOWN, DEPARTMENT }

    /** 一般, 较重, 严重. */
    public enum Severity { MINOR, SERIOUS, GRAVE }

    /**
     * 火灾事故延伸调查 of a fatal or {@code influential} (有重大社会影响) fire, after its investigation, once.
     */
    public record ConcludeExtendedInvestigation(@TargetAggregateIdentifier String incidentId, boolean influential,
                                                String summary, List<ResponsibilityFinding> findings) {
    }

    private IncidentCommands() {
    }
}
