package org.firegov.inspection.citizenreport;

import org.firegov.inspection.hazard.HazardStage;
import org.firegov.inspection.hazard.HazardView;

/**
 * Where a citizen's report stands, as the reporter may know it: RECEIVED (已受理: waiting for the brigade), BEING_HANDLED
 * (处理中: the unit was ordered to rectify), CLOSED (已办结: rectified and verified, or not pursued). No more.
 */
enum PublicStage {
    RECEIVED, BEING_HANDLED, CLOSED;

    static PublicStage of(CitizenReportView report, HazardView hazard) {
        if (report.status() == CitizenReportView.Status.DISMISSED) {
            return CLOSED;
        }
        if (hazard == null || hazard.stage() == HazardStage.REPORTED) {
            return RECEIVED;
        }
        return hazard.stage() == HazardStage.CLOSED ? CLOSED : BEING_HANDLED;
    }
}
