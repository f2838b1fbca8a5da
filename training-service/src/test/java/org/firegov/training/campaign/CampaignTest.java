package org.firegov.training.campaign;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.firegov.training.campaign.CampaignCommands.CancelCampaign;
import org.firegov.training.campaign.CampaignCommands.HoldCampaign;
import org.firegov.training.campaign.CampaignCommands.PlanCampaign;
import org.firegov.training.campaign.CampaignEvents.CampaignCancelled;
import org.firegov.training.campaign.CampaignEvents.CampaignHeld;
import org.firegov.training.campaign.CampaignEvents.CampaignPlanned;
import org.firegov.training.party.NotTheOrganiser;
import org.firegov.training.party.Party;
import org.firegov.training.party.PartyType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CampaignTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 9);
    private static final Party XIABAO = new Party(PartyType.TOWN, "xiabao");
    private static final Party TONGCHENG = new Party(PartyType.TOWN, "tongcheng");
    private static final Party EDUCATION = new Party(PartyType.DEPARTMENT, "education");
    private static final Party HEALTH = new Party(PartyType.DEPARTMENT, "health");
    private static final CampaignPlanned BY_XIABAO = new CampaignPlanned("c-1", CampaignKind.COMMUNITY, "进社区",
            "xiabao", XIABAO, "居民", TODAY, "文化广场", "张三 13800000000", false);
    private static final CampaignPlanned BY_EDUCATION_IN_XIABAO = new CampaignPlanned("c-2", CampaignKind.SCHOOL,
            "第一课", "xiabao", EDUCATION, "师生", TODAY, "下堡小学", null, false);

    private AggregateTestFixture<Campaign> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Campaign.class);
    }

    private static PlanCampaign plan(String town, Party organiser, Party by) {
        return new PlanCampaign("c-1", CampaignKind.COMMUNITY, "进社区", town, organiser, "居民", TODAY, "文化广场",
                "张三 13800000000", false, by);
    }

    @Test
    void a_town_plans_a_campaign_in_its_own_town_as_its_organiser() {
        fixture.givenNoPriorActivity()
                .when(plan("xiabao", XIABAO, XIABAO))
                .expectEvents(BY_XIABAO);
    }

    @Test
    void a_department_plans_a_campaign_in_any_town_as_its_organiser() {
        fixture.givenNoPriorActivity()
                .when(new PlanCampaign("c-2", CampaignKind.SCHOOL, "第一课", "xiabao", EDUCATION, "师生", TODAY,
                        "下堡小学", null, false, EDUCATION))
                .expectEvents(BY_EDUCATION_IN_XIABAO);
    }

    @Test
    void the_brigade_plans_for_any_organiser() {
        fixture.givenNoPriorActivity()
                .when(plan("xiabao", XIABAO, Party.BRIGADE))
                .expectEvents(BY_XIABAO);
    }

    @Test
    void a_town_may_not_plan_as_another_town() {
        fixture.givenNoPriorActivity()
                .when(plan("xiabao", XIABAO, TONGCHENG))
                .expectException(NotTheOrganiser.class)
                .expectNoEvents();
    }

    @Test
    void a_town_may_not_plan_in_another_town() {
        fixture.givenNoPriorActivity()
                .when(plan("tongcheng", XIABAO, XIABAO))
                .expectException(NotTheOrganiser.class)
                .expectNoEvents();
    }

    @Test
    void a_department_may_not_plan_as_another_department() {
        fixture.givenNoPriorActivity()
                .when(plan("xiabao", HEALTH, EDUCATION))
                .expectException(NotTheOrganiser.class)
                .expectNoEvents();
    }

    @Test
    void a_town_organiser_only_organises_in_its_own_town() {
        fixture.givenNoPriorActivity()
                .when(plan("dahe", XIABAO, Party.BRIGADE))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("a town organises only in its own town (xiabao)")
                .expectNoEvents();
    }

    @Test
    void a_campaign_without_an_organiser_code_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(plan("xiabao", new Party(PartyType.DEPARTMENT, " "), Party.BRIGADE))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_campaign_without_a_title_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new PlanCampaign("c-1", CampaignKind.COMMUNITY, " ", "xiabao", XIABAO, "居民", TODAY, "广场",
                        null, false, XIABAO))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_campaign_planned_outside_2000_to_2100_is_rejected_as_a_typo() {
        fixture.givenNoPriorActivity()
                .when(new PlanCampaign("c-1", CampaignKind.COMMUNITY, "进社区", "xiabao", XIABAO, "居民",
                        LocalDate.of(1900, 1, 1), "广场", null, false, XIABAO))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void the_organiser_holds_a_planned_campaign_with_the_people_it_reached() {
        fixture.given(BY_XIABAO)
                .when(new HoldCampaign("c-1", TODAY, 350, "效果好", TODAY, XIABAO))
                .expectEvents(new CampaignHeld("c-1", CampaignKind.COMMUNITY, "xiabao", XIABAO, TODAY, 350, "效果好",
                        false));
    }

    @Test
    void the_brigade_holds_any_campaign() {
        fixture.given(BY_EDUCATION_IN_XIABAO)
                .when(new HoldCampaign("c-2", TODAY.minusDays(1), 0, null, TODAY, Party.BRIGADE))
                .expectEvents(new CampaignHeld("c-2", CampaignKind.SCHOOL, "xiabao", EDUCATION, TODAY.minusDays(1), 0,
                        null, false));
    }

    @Test
    void a_campaign_cannot_be_held_on_a_future_date() {
        fixture.given(BY_XIABAO)
                .when(new HoldCampaign("c-1", TODAY.plusDays(1), 10, null, TODAY, XIABAO))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_negative_or_implausible_number_of_people_reached_is_rejected() {
        fixture.given(BY_XIABAO)
                .when(new HoldCampaign("c-1", TODAY, -1, null, TODAY, XIABAO))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
        fixture.given(BY_XIABAO)
                .when(new HoldCampaign("c-1", TODAY, Campaign.MAX_PEOPLE_REACHED + 1, null, TODAY, XIABAO))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_held_campaign_cannot_be_held_or_cancelled_again() {
        CampaignHeld held = new CampaignHeld("c-1", CampaignKind.COMMUNITY, "xiabao", XIABAO, TODAY, 1, null, false);
        fixture.given(BY_XIABAO, held)
                .when(new HoldCampaign("c-1", TODAY, 10, null, TODAY, XIABAO))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectNoEvents();
        fixture.given(BY_XIABAO, held)
                .when(new CancelCampaign("c-1", "下雨", XIABAO))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void the_organiser_cancels_a_planned_campaign_with_a_reason() {
        fixture.given(BY_XIABAO)
                .when(new CancelCampaign("c-1", "暴雨预警", XIABAO))
                .expectEvents(new CampaignCancelled("c-1", CampaignKind.COMMUNITY, "xiabao", XIABAO, "暴雨预警", false));
    }

    @Test
    void a_cancelled_campaign_cannot_be_held() {
        fixture.given(BY_XIABAO, new CampaignCancelled("c-1", CampaignKind.COMMUNITY, "xiabao", XIABAO, "雨", false))
                .when(new HoldCampaign("c-1", TODAY, 10, null, TODAY, XIABAO))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void a_cancel_needs_a_reason() {
        fixture.given(BY_XIABAO)
                .when(new CancelCampaign("c-1", " ", XIABAO))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_town_cannot_hold_a_department_campaign_in_its_town_it_may_only_see_it() {
        fixture.given(BY_EDUCATION_IN_XIABAO)
                .when(new HoldCampaign("c-2", TODAY, 10, null, TODAY, XIABAO))
                .expectException(NotTheOrganiser.class)
                .expectNoEvents();
    }

    @Test
    void to_another_town_the_campaign_does_not_exist() {
        fixture.given(BY_XIABAO)
                .when(new CancelCampaign("c-1", "x", TONGCHENG))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void to_another_department_the_campaign_does_not_exist() {
        fixture.given(BY_EDUCATION_IN_XIABAO)
                .when(new CancelCampaign("c-2", "x", HEALTH))
                .expectException(NotFound.class)
                .expectNoEvents();
    }
}
