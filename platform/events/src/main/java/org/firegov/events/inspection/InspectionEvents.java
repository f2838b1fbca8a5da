package org.firegov.events.inspection;

import java.util.List;

import org.firegov.events.IntegrationEvent;

/** The integration events inspection-service publishes; add each new record here (see docs/events.md). */
public final class InspectionEvents {

    public static final String UNIT_TOPIC = "firegov.inspection.unit";
    public static final String HAZARD_TOPIC = "firegov.inspection.hazard";
    /** Double-random plans (双随机一公开); key: the plan id. */
    public static final String PLAN_TOPIC = "firegov.inspection.plan";
    /** On-site inspections; key: the inspection id. */
    public static final String INSPECTION_TOPIC = "firegov.inspection.inspection";
    /** Units' self-inspections (单位自查); key: the submission id. */
    public static final String SELF_INSPECTION_TOPIC = "firegov.inspection.self-inspection";
    /** Fires and rescue incidents; key: the incident id. */
    public static final String INCIDENT_TOPIC = "firegov.inspection.incident";
    /** IoT alarms (物联网报警); key: the device and alarm kind, {@code <deviceId>#<kind>}. */
    public static final String ALARM_TOPIC = "firegov.inspection.alarm";
    /** Notification-commitment applications for opening a public gathering place (告知承诺); key: the application id. */
    public static final String OPENING_APPLICATION_TOPIC = "firegov.inspection.opening-application";
    /** Public hazard reports (群众举报) filed through the government-service platform; key: {@code filing-<reportId>}. */
    public static final String PUBLIC_REPORT_TOPIC = "firegov.inspection.public-report";

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of(
            UnitRegisteredV1.class,
            HazardReportedV1.class,
            HazardClosedV1.class,
            HazardRectificationOrderedV1.class,
            HazardOverdueV1.class,
            HazardRectifiedV1.class,
            HazardListedV1.class,
            HazardDelistedV1.class,
            UnitAmendedV1.class,
            UnitClosedV1.class,
            InspectionPlanPublishedV1.class,
            InspectionCompletedV1.class,
            SelfInspectionSubmittedV1.class,
            SelfInspectionMissedV1.class,
            IncidentRecordedV1.class,
            ExtendedInvestigationConcludedV1.class,
            IotAlarmRaisedV1.class,
            OpeningApplicationSubmittedV1.class,
            OpeningApplicationStatusChangedV1.class,
            PublicReportFiledV1.class);

    private InspectionEvents() {
    }
}
