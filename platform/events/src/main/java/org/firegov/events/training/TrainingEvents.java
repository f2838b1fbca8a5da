package org.firegov.events.training;

import java.util.List;

import org.firegov.events.IntegrationEvent;

/** The integration events training-service publishes; add each new record here (see docs/events/training.md). */
public final class TrainingEvents {

    /** Publicity campaigns (宣传活动), keyed by campaign id. */
    public static final String CAMPAIGN_TOPIC = "firegov.training.campaign";

    /** Key-group training courses (重点人群培训) and the certificates they issue, keyed by course id. */
    public static final String COURSE_TOPIC = "firegov.training.course";
    public static final String DRILL_TOPIC = "firegov.training.drill";

    /** Fire volunteer teams (消防志愿者队伍) and their activities, keyed by team id. */
    public static final String VOLUNTEER_TOPIC = "firegov.training.volunteer";

    /** Awareness surveys (消防安全知晓率调查): scored responses and closing results, keyed by survey id. */
    public static final String SURVEY_TOPIC = "firegov.training.survey";

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of(
            CampaignPlannedV1.class,
            CampaignHeldV1.class,
            CampaignCancelledV1.class,
            CertificateIssuedV1.class,
            TraineeEnrolledV1.class,
            TrainingAttendedV1.class,
            DrillRecordedV1.class,
            VolunteerActivityLoggedV1.class,
            SurveyResponseScoredV1.class,
            AwarenessSurveyClosedV1.class);

    private TrainingEvents() {
    }
}
