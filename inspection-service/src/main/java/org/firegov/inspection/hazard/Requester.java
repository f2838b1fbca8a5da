package org.firegov.inspection.hazard;

/**
 * Who asks for a hazard command, as the aggregate needs it: the kind of party and its scope code (town code,
 * department code or the unit's credit code; null for county-wide parties). Framework-free on purpose.
 */
public record Requester(Kind kind, String code) {

    public enum Kind { COMMITTEE, BRIGADE, DEPARTMENT, TOWN, UNIT }

    public static Requester brigade() {
        return new Requester(Kind.BRIGADE, null);
    }

    public static Requester town(String town) {
        return new Requester(Kind.TOWN, town);
    }

    public static Requester unit(String unitId) {
        return new Requester(Kind.UNIT, unitId);
    }

    public static Requester committee() {
        return new Requester(Kind.COMMITTEE, null);
    }

    /** May this party know that a hazard in this town, department and unit exists? */
    boolean sees(String town, String department, String unitId) {
        return switch (kind) {
            case COMMITTEE, BRIGADE -> true;
            case DEPARTMENT -> department.equals(code);
            case TOWN -> town.equals(code);
            case UNIT -> unitId.equals(code);
        };
    }
}
