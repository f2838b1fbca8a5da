package org.firegov.accountability.scoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.firegov.accountability.party.PartyKind;

/** The committee scores an indicator it judges itself (e.g. “双定期” study and reporting). */
public final class ManualScoreCommands {

    /**
     * @param maxPoints the indicator's weight in the scheme in force
     */
    public record GiveManualScore(@TargetAggregateIdentifier String scoreId, int year, PartyKind partyKind,
                                  String partyCode, String indicatorCode, double points, double maxPoints,
                                  String reason) {
    }

    public static String scoreId(int year, PartyKind kind, String partyCode, String indicatorCode) {
        return year + ":" + kind + ":" + partyCode + ":" + indicatorCode;
    }

    private ManualScoreCommands() {
    }
}
