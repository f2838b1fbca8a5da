package org.firegov.inspection.hazard;

import static org.firegov.inspection.RuleViolations.code;

import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.inspection.hazard.HazardCommands.DelistMajorHazard;
import org.firegov.inspection.hazard.HazardCommands.ListMajorHazard;
import org.firegov.inspection.hazard.HazardCommands.MarkHazardOverdue;
import org.firegov.inspection.hazard.HazardCommands.OrderRectification;
import org.firegov.inspection.hazard.HazardCommands.PassVerification;
import org.firegov.inspection.hazard.HazardCommands.RejectRectification;
import org.firegov.inspection.hazard.HazardCommands.SubmitRectification;
import org.firegov.inspection.hazard.HazardEvents.HazardClosed;
import org.firegov.inspection.hazard.HazardEvents.HazardOverdue;
import org.firegov.inspection.hazard.HazardEvents.HazardReported;
import org.firegov.inspection.hazard.HazardEvents.MajorHazardDelisted;
import org.firegov.inspection.hazard.HazardEvents.MajorHazardListed;
import org.firegov.inspection.hazard.HazardEvents.RectificationAccepted;
import org.firegov.inspection.hazard.HazardEvents.RectificationOrdered;
import org.firegov.inspection.hazard.HazardEvents.RectificationRejected;
import org.firegov.inspection.hazard.HazardEvents.RectificationSubmitted;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HazardTest {

    private static final String UNIT = "91500238MA5U7K3L74";
    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-06-15T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-07-01T00:00:00Z");
    private static final HazardReported REPORTED = new HazardReported("h-1", UNIT, "xiabao",
            "education", "疏散通道堵塞", HazardSource.INSPECTION, false);
    private static final HazardReported MAJOR = new HazardReported("h-1", UNIT, "xiabao",
            "education", "消防控制室无人值守", HazardSource.INSPECTION, true);
    private static final HazardReported GRID = new HazardReported("h-1", UNIT, "xiabao",
            "education", "电动车楼道充电", HazardSource.GRID_PATROL, false);
    private static final RectificationOrdered ORDERED = new RectificationOrdered("h-1", UNIT, "xiabao", "education",
            "清理通道", DEADLINE);
    private static final RectificationSubmitted SUBMITTED = new RectificationSubmitted("h-1", UNIT, "xiabao",
            "education", "已清理", true);
    private static final HazardClosed CLOSED = new HazardClosed("h-1", UNIT, "xiabao", "education", "复查合格");
    private AggregateTestFixture<Hazard> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Hazard.class);
    }

    // --- ordering rectification (责令限期整改)

    @Test
    void the_brigade_orders_rectification_of_a_reported_hazard_with_a_future_deadline() {
        fixture.given(REPORTED)
                .when(new OrderRectification("h-1", Requester.brigade(), "清理通道", DEADLINE, NOW))
                .expectEvents(ORDERED);
    }

    @Test
    void a_deadline_that_is_not_in_the_future_is_rejected() {
        fixture.given(REPORTED)
                .when(new OrderRectification("h-1", Requester.brigade(), "x", NOW, NOW))
                .expectException(code("deadline-not-in-future"))
                .expectNoEvents();
    }

    @Test
    void rectification_is_ordered_only_once() {
        fixture.given(REPORTED, ORDERED)
                .when(new OrderRectification("h-1", Requester.brigade(), "x", LATER, NOW))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectException(code("hazard-not-reported"))
                .expectNoEvents();
    }

    @Test
    void a_town_orders_rectification_of_a_grid_patrol_hazard_in_its_jurisdiction() {
        fixture.given(GRID)
                .when(new OrderRectification("h-1", Requester.town("xiabao"), "清理通道", DEADLINE, NOW))
                .expectEvents(ORDERED);
    }

    @Test
    void a_town_may_not_order_rectification_of_a_hazard_found_by_the_brigade() {
        fixture.given(REPORTED)
                .when(new OrderRectification("h-1", Requester.town("xiabao"), "x", DEADLINE, NOW))
                .expectException(code("not-the-supervisor"))
                .expectNoEvents();
    }

    @Test
    void another_town_does_not_even_learn_that_the_hazard_exists() {
        fixture.given(GRID)
                .when(new OrderRectification("h-1", Requester.town("tongcheng"), "x", DEADLINE, NOW))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    // --- the unit submits its rectification

    @Test
    void the_unit_submits_its_rectification_before_the_deadline_on_time() {
        fixture.given(REPORTED, ORDERED)
                .when(new SubmitRectification("h-1", Requester.unit(UNIT), "已清理", NOW))
                .expectEvents(SUBMITTED);
    }

    @Test
    void a_rectification_submitted_after_the_deadline_is_late() {
        fixture.given(REPORTED, ORDERED)
                .when(new SubmitRectification("h-1", Requester.unit(UNIT), "已清理", LATER))
                .expectEvents(new RectificationSubmitted("h-1", UNIT, "xiabao", "education", "已清理", false));
    }

    @Test
    void another_unit_cannot_submit_a_rectification_for_this_hazard() {
        fixture.given(REPORTED, ORDERED)
                .when(new SubmitRectification("h-1", Requester.unit("91500238MA60XB2Q37"), "x", NOW))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void a_rectification_cannot_be_submitted_before_it_is_ordered() {
        fixture.given(REPORTED)
                .when(new SubmitRectification("h-1", Requester.unit(UNIT), "x", NOW))
                .expectException(code("rectification-not-ordered"))
                .expectNoEvents();
    }

    // --- verification (复查)

    @Test
    void a_passed_verification_closes_the_hazard_and_says_whether_it_was_rectified_on_time() {
        fixture.given(REPORTED, ORDERED, SUBMITTED)
                .when(new PassVerification("h-1", Requester.brigade(), "复查合格"))
                .expectEvents(new RectificationAccepted("h-1", UNIT, "xiabao", "education", DEADLINE, true), CLOSED);
    }

    @Test
    void a_hazard_cannot_be_verified_before_a_rectification_is_submitted() {
        fixture.given(REPORTED, ORDERED)
                .when(new PassVerification("h-1", Requester.brigade(), "x"))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectException(code("rectification-not-submitted"))
                .expectNoEvents();
    }

    @Test
    void a_closed_hazard_cannot_be_closed_again() {
        fixture.given(REPORTED, ORDERED, SUBMITTED, CLOSED)
                .when(new PassVerification("h-1", Requester.brigade(), "again"))
                .expectException(code("hazard-already-closed"))
                .expectNoEvents();
    }

    @Test
    void a_rejected_rectification_is_ordered_again_with_a_reason_and_a_new_deadline() {
        fixture.given(REPORTED, ORDERED, SUBMITTED)
                .when(new RejectRectification("h-1", Requester.brigade(), "通道仍有杂物", LATER, NOW))
                .expectEvents(new RectificationRejected("h-1", UNIT, "xiabao", "education", "通道仍有杂物", LATER));
    }

    @Test
    void a_rejection_needs_a_deadline_in_the_future() {
        fixture.given(REPORTED, ORDERED, SUBMITTED)
                .when(new RejectRectification("h-1", Requester.brigade(), "x", NOW, NOW))
                .expectException(code("deadline-not-in-future"))
                .expectNoEvents();
    }

    @Test
    void nothing_can_be_rejected_before_a_rectification_is_submitted() {
        fixture.given(REPORTED, ORDERED)
                .when(new RejectRectification("h-1", Requester.brigade(), "x", LATER, NOW))
                .expectException(code("rectification-not-submitted"))
                .expectNoEvents();
    }

    // --- overdue (逾期未整改)

    @Test
    void a_hazard_past_its_deadline_becomes_overdue() {
        fixture.given(REPORTED, ORDERED)
                .when(new MarkHazardOverdue("h-1", DEADLINE, LATER))
                .expectEvents(new HazardOverdue("h-1", UNIT, "xiabao", "education", DEADLINE));
    }

    @Test
    void a_hazard_becomes_overdue_only_once_per_deadline() {
        fixture.given(REPORTED, ORDERED, new HazardOverdue("h-1", UNIT, "xiabao", "education", DEADLINE))
                .when(new MarkHazardOverdue("h-1", DEADLINE, LATER))
                .expectException(code("hazard-already-overdue"))
                .expectNoEvents();
    }

    @Test
    void a_hazard_is_not_overdue_before_its_deadline() {
        fixture.given(REPORTED, ORDERED)
                .when(new MarkHazardOverdue("h-1", DEADLINE, NOW))
                .expectException(code("deadline-not-passed"))
                .expectNoEvents();
    }

    @Test
    void a_hazard_whose_rectification_was_submitted_is_not_overdue() {
        fixture.given(REPORTED, ORDERED, SUBMITTED)
                .when(new MarkHazardOverdue("h-1", DEADLINE, LATER))
                .expectException(code("rectification-not-ordered"))
                .expectNoEvents();
    }

    @Test
    void an_overdue_mark_for_a_superseded_deadline_is_refused_but_the_new_deadline_can_become_overdue() {
        Instant newDeadline = Instant.parse("2026-06-20T00:00:00Z");
        fixture.given(REPORTED, ORDERED, new HazardOverdue("h-1", UNIT, "xiabao", "education", DEADLINE), SUBMITTED,
                        new RectificationRejected("h-1", UNIT, "xiabao", "education", "不合格", newDeadline))
                .when(new MarkHazardOverdue("h-1", DEADLINE, LATER))
                .expectException(code("deadline-changed"));
        fixture.given(REPORTED, ORDERED, new HazardOverdue("h-1", UNIT, "xiabao", "education", DEADLINE), SUBMITTED,
                        new RectificationRejected("h-1", UNIT, "xiabao", "education", "不合格", newDeadline))
                .when(new MarkHazardOverdue("h-1", newDeadline, LATER))
                .expectEvents(new HazardOverdue("h-1", UNIT, "xiabao", "education", newDeadline));
    }

    // --- listed supervision of major hazards (挂牌督办, 销案)

    @Test
    void the_committee_lists_a_major_hazard_citing_its_document() {
        fixture.given(MAJOR)
                .when(new ListMajorHazard("h-1", "巫消委〔2026〕1号", "人员密集场所"))
                .expectEvents(new MajorHazardListed("h-1", UNIT, "xiabao", "education", "巫消委〔2026〕1号", "人员密集场所"));
    }

    @Test
    void only_a_major_hazard_can_be_listed() {
        fixture.given(REPORTED)
                .when(new ListMajorHazard("h-1", "doc", "reason"))
                .expectException(code("not-a-major-hazard"))
                .expectNoEvents();
    }

    @Test
    void a_hazard_is_listed_only_once() {
        fixture.given(MAJOR, new MajorHazardListed("h-1", UNIT, "xiabao", "education", "doc", "r"))
                .when(new ListMajorHazard("h-1", "doc", "reason"))
                .expectException(BusinessRuleViolation.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void a_closed_hazard_cannot_be_listed() {
        fixture.given(MAJOR, ORDERED, SUBMITTED, CLOSED)
                .when(new ListMajorHazard("h-1", "doc", "reason"))
                .expectException(code("hazard-closed"))
                .expectNoEvents();
    }

    @Test
    void a_listed_hazard_is_delisted_after_it_is_verified_closed() {
        fixture.given(MAJOR, new MajorHazardListed("h-1", UNIT, "xiabao", "education", "doc", "r"),
                        ORDERED, SUBMITTED, CLOSED)
                .when(new DelistMajorHazard("h-1", "销案决定"))
                .expectEvents(new MajorHazardDelisted("h-1", UNIT, "xiabao", "education", "销案决定"));
    }

    @Test
    void a_listed_hazard_that_is_not_closed_cannot_be_delisted() {
        fixture.given(MAJOR, new MajorHazardListed("h-1", UNIT, "xiabao", "education", "doc", "r"), ORDERED)
                .when(new DelistMajorHazard("h-1", "x"))
                .expectException(code("hazard-not-verified-closed"))
                .expectNoEvents();
    }

    @Test
    void a_hazard_that_is_not_listed_cannot_be_delisted() {
        fixture.given(MAJOR, ORDERED, SUBMITTED, CLOSED)
                .when(new DelistMajorHazard("h-1", "x"))
                .expectException(code("hazard-not-listed"))
                .expectNoEvents();
    }
}
