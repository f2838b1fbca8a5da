package org.firegov.training.base;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.firegov.training.base.BaseCommands.CloseBase;
import org.firegov.training.base.BaseCommands.RegisterBase;
import org.firegov.training.base.BaseEvents.BaseClosed;
import org.firegov.training.base.BaseEvents.BaseRegistered;
import org.firegov.training.party.NotTheOrganiser;
import org.firegov.training.party.Party;
import org.firegov.training.party.PartyType;
import org.junit.jupiter.api.Test;

class EducationBaseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Party XIABAO = new Party(PartyType.TOWN, "xiabao");
    private static final BaseRegistered PARK = new BaseRegistered("b-1", BaseKind.THEME_PARK, "下堡消防主题公园",
            "xiabao", "下堡镇滨河路", TODAY.minusYears(1), XIABAO, false, null);

    private final AggregateTestFixture<EducationBase> fixture = new AggregateTestFixture<>(EducationBase.class);

    @Test
    void a_town_registers_an_open_site_in_its_own_town() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBase("b-1", BaseKind.THEME_PARK, "下堡消防主题公园", "xiabao", "下堡镇滨河路",
                        TODAY.minusYears(1), XIABAO, false, null, TODAY, XIABAO))
                .expectEvents(PARK);
        fixture.givenNoPriorActivity()
                .when(new RegisterBase("b-1", BaseKind.THEME_PARK, "x", "dahe", "x", TODAY, XIABAO, false, null,
                        TODAY, XIABAO))
                .expectException(NotTheOrganiser.class);
        fixture.givenNoPriorActivity()
                .when(new RegisterBase("b-1", BaseKind.THEME_PARK, "x", "xiabao", "x", TODAY.plusDays(1), XIABAO,
                        false, null, TODAY, XIABAO))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
    }

    @Test
    void a_site_closes_once_after_it_opened_and_only_by_its_operator_or_the_brigade() {
        fixture.given(PARK).when(new CloseBase("b-1", TODAY, "改建", TODAY, Party.BRIGADE))
                .expectEvents(new BaseClosed("b-1", TODAY, "改建"));
        fixture.given(PARK, new BaseClosed("b-1", TODAY, "改建"))
                .when(new CloseBase("b-1", TODAY, "again", TODAY, XIABAO))
                .expectException(BusinessRuleViolation.Conflict.class);
        fixture.given(PARK).when(new CloseBase("b-1", TODAY.minusYears(2), "x", TODAY, XIABAO))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
        fixture.given(PARK).when(new CloseBase("b-1", TODAY, "x", TODAY, new Party(PartyType.TOWN, "dahe")))
                .expectException(NotFound.class);
    }
}
