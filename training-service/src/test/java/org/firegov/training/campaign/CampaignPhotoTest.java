package org.firegov.training.campaign;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.firegov.training.campaign.CampaignCommands.AttachCampaignPhotos;
import org.firegov.training.campaign.CampaignCommands.HoldCampaign;
import org.firegov.training.campaign.CampaignEvents.CampaignCancelled;
import org.firegov.training.campaign.CampaignEvents.CampaignHeld;
import org.firegov.training.campaign.CampaignEvents.CampaignPhotosAttached;
import org.firegov.training.campaign.CampaignEvents.CampaignPlanned;
import org.firegov.training.party.NotTheOrganiser;
import org.firegov.training.party.Party;
import org.firegov.training.party.PartyType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Photos as evidence: only of a held campaign, only by its organiser or the brigade, a bounded number. */
class CampaignPhotoTest {

    private static final LocalDate DAY = LocalDate.of(2025, 11, 9);
    private static final Party XIABAO = new Party(PartyType.TOWN, "xiabao");
    private static final Party TONGCHENG = new Party(PartyType.TOWN, "tongcheng");
    private static final Party EDUCATION = new Party(PartyType.DEPARTMENT, "education");
    private static final CampaignPlanned PLANNED = new CampaignPlanned("c-1", CampaignKind.COMMUNITY, "进社区",
            "xiabao", XIABAO, "居民", DAY, "文化广场", null, false);
    private static final CampaignHeld HELD = new CampaignHeld("c-1", CampaignKind.COMMUNITY, "xiabao", XIABAO, DAY,
            300, null, false);
    private static final CampaignPhoto PHOTO = new CampaignPhoto("65a1b2c3d4e5f60718293a4b", "现场.jpg",
            "image/jpeg", 2048, "ab".repeat(32));

    private AggregateTestFixture<Campaign> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Campaign.class);
    }

    @Test
    void the_organiser_attaches_photos_to_a_held_campaign() {
        fixture.given(PLANNED, HELD)
                .when(new AttachCampaignPhotos("c-1", List.of(PHOTO), XIABAO))
                .expectEvents(new CampaignPhotosAttached("c-1", "xiabao", XIABAO, List.of(PHOTO), false));
    }

    @Test
    void recording_a_campaign_held_with_photos_records_both_facts() {
        fixture.given(PLANNED)
                .when(new HoldCampaign("c-1", DAY, 300, null, DAY, XIABAO, List.of(PHOTO)))
                .expectEvents(HELD, new CampaignPhotosAttached("c-1", "xiabao", XIABAO, List.of(PHOTO), false));
    }

    @Test
    void holding_with_too_many_photos_is_refused_as_a_whole() {
        fixture.given(PLANNED)
                .when(new HoldCampaign("c-1", DAY, 300, null, DAY, XIABAO,
                        Collections.nCopies(Campaign.MAX_PHOTOS + 1, PHOTO)))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void the_brigade_attaches_photos_to_any_held_campaign() {
        fixture.given(PLANNED, HELD)
                .when(new AttachCampaignPhotos("c-1", List.of(PHOTO), Party.BRIGADE))
                .expectEvents(new CampaignPhotosAttached("c-1", "xiabao", XIABAO, List.of(PHOTO), false));
    }

    @Test
    void a_planned_campaign_takes_no_photos_yet() {
        fixture.given(PLANNED)
                .when(new AttachCampaignPhotos("c-1", List.of(PHOTO), XIABAO))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectExceptionMessage("campaign c-1 is planned; photos are evidence of a held campaign only")
                .expectNoEvents();
    }

    @Test
    void a_cancelled_campaign_takes_no_photos() {
        fixture.given(PLANNED, new CampaignCancelled("c-1", CampaignKind.COMMUNITY, "xiabao", XIABAO, "下雨", false))
                .when(new AttachCampaignPhotos("c-1", List.of(PHOTO), XIABAO))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void another_town_does_not_see_the_campaign_and_a_department_is_not_its_organiser() {
        fixture.given(PLANNED, HELD)
                .when(new AttachCampaignPhotos("c-1", List.of(PHOTO), TONGCHENG))
                .expectException(NotFound.class)
                .expectNoEvents();
        fixture.given(new CampaignPlanned("c-1", CampaignKind.SCHOOL, "第一课", "xiabao", EDUCATION, "师生", DAY,
                        "下堡小学", null, false),
                new CampaignHeld("c-1", CampaignKind.SCHOOL, "xiabao", EDUCATION, DAY, 40, null, false))
                .when(new AttachCampaignPhotos("c-1", List.of(PHOTO), XIABAO))
                .expectException(NotTheOrganiser.class)
                .expectNoEvents();
    }

    @Test
    void a_campaign_keeps_at_most_thirty_photos_over_all_uploads() {
        List<CampaignPhoto> twentyNine = Collections.nCopies(Campaign.MAX_PHOTOS - 1, PHOTO);
        fixture.given(PLANNED, HELD, new CampaignPhotosAttached("c-1", "xiabao", XIABAO, twentyNine, false))
                .when(new AttachCampaignPhotos("c-1", List.of(PHOTO, PHOTO), XIABAO))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("a campaign keeps at most 30 photos; it has 29")
                .expectNoEvents();
        fixture.given(PLANNED, HELD, new CampaignPhotosAttached("c-1", "xiabao", XIABAO, twentyNine, false))
                .when(new AttachCampaignPhotos("c-1", List.of(PHOTO), XIABAO))
                .expectEvents(new CampaignPhotosAttached("c-1", "xiabao", XIABAO, List.of(PHOTO), false));
    }

    @Test
    void an_upload_without_photos_is_rejected() {
        fixture.given(PLANNED, HELD)
                .when(new AttachCampaignPhotos("c-1", List.of(), XIABAO))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }
}
