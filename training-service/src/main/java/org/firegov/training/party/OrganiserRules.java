package org.firegov.training.party;

import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;

/**
 * Who may plan and change campaigns and courses (plain Java, used by the aggregates): the brigade plans for anyone;
 * a department or a town plans only as itself, a town only in its own town. A town sees what happens in its town, a
 * department what it organises; outside that the object does not exist (404); inside it, only the organiser or the
 * brigade changes it (403 otherwise).
 */
public final class OrganiserRules {

    public static void mayPlan(Party by, Party organiser, String town) {
        if (organiser == null || organiser.type() == null || organiser.code() == null || organiser.code().isBlank()) {
            throw new BusinessRuleViolation("no-organiser", "an organiser (type and code) is required");
        }
        if (!by.isBrigade() && !organiser.equals(by)) {
            throw new NotTheOrganiser("a " + by.type().name().toLowerCase() + " plans only as itself");
        }
        if (organiser.type() == PartyType.TOWN && !organiser.code().equals(town)) {
            throw by.isBrigade() ? new BusinessRuleViolation("organiser-town-mismatch",
                    "a town organises only in its own town (" + organiser.code() + ")")
                    : new NotTheOrganiser("a town plans only in its own town");
        }
    }

    public static void mayAct(Party by, Party organiser, String town, String what, String id) {
        if (by.isBrigade()) {
            return;
        }
        boolean visible = switch (by.type()) {
            case TOWN -> by.code().equals(town);
            case DEPARTMENT -> organiser.equals(by);
            case BRIGADE -> true;
        };
        if (!visible) {
            throw new NotFound(what, id);
        }
        if (!organiser.equals(by)) {
            throw new NotTheOrganiser("only the " + what + "'s organiser or the brigade may change it");
        }
    }

    private OrganiserRules() {
    }
}
