package org.firegov.training.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.kit.axon.EventStoreContents;
import org.firegov.training.County;
import org.firegov.training.campaign.CampaignCommands.CancelCampaign;
import org.firegov.training.campaign.CampaignCommands.HoldCampaign;
import org.firegov.training.campaign.CampaignCommands.PlanCampaign;
import org.firegov.training.party.Party;
import org.firegov.training.party.PartyType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo campaigns (marked {@code demo}): launches in Xiabao, Tongcheng and Fenghuang and a past year of campaigns,
 * planned, held or cancelled through the real command path when the event store holds no campaign yet. Dates are relative to the day of seeding, so the public
 * calendar shows something and no held date lies in the future.
 */
@Component
@ConditionalOnProperty(name = "firegov.seed.enabled", havingValue = "true", matchIfMissing = true)
class CampaignSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CampaignSeed.class);

    private final CommandGateway commands;
    private final EventStoreContents store;

    CampaignSeed(CommandGateway commands, EventStoreContents store) {
        this.commands = commands;
        this.store = store;
    }

    /** One demo campaign; {@code heldDaysAgo} null means still planned — or cancelled. */
    record Demo(CampaignKind kind, String title, String town, Party organiser, String audience, int inDays,
                String place, Integer heldDaysAgo, int peopleReached, boolean cancelled) {

        Demo(CampaignKind kind, String title, String town, Party organiser, String audience, int inDays,
             String place, Integer heldDaysAgo, int peopleReached) {
            this(kind, title, town, organiser, audience, inDays, place, heldDaysAgo, peopleReached, false);
        }
    }

    static List<Demo> demos() {
        List<Demo> all = new java.util.ArrayList<>(launches());
        all.addAll(pastYear());
        return all;
    }

    /**
     * A demo year: one campaign held roughly every month for the last twelve, rotating through the kinds, six towns
     * (not Bailu) and the three kinds of organiser; two of them were cancelled instead.
     */
    static List<Demo> pastYear() {
        String[] towns = {"fenghuang", "xiabao", "tongcheng", "dahe", "yulin", "hongchiba"};
        CampaignKind[] kinds = CampaignKind.values();
        List<Demo> year = new java.util.ArrayList<>();
        for (int month = 0; month < 12; month++) {
            String town = towns[month % towns.length];
            CampaignKind kind = kinds[month % kinds.length];
            Party organiser = switch (month % 3) {
                case 0 -> new Party(PartyType.TOWN, town);
                case 1 -> new Party(PartyType.DEPARTMENT, month % 2 == 0 ? "education" : "housing");
                default -> Party.BRIGADE;
            };
            int daysAgo = 20 + 30 * month;
            boolean cancelled = month == 4 || month == 9;
            year.add(new Demo(kind, "消防宣传（演示）" + kind.name() + " · " + town, town, organiser, "居民、学生、职工",
                    -daysAgo - 7, town + "（演示地点）", cancelled ? null : daysAgo, 120 + 45 * month, cancelled));
        }
        return year;
    }

    static List<Demo> launches() {
        Party education = new Party(PartyType.DEPARTMENT, "education");
        return List.of(
                new Demo(CampaignKind.COMMUNITY, "消防宣传进社区：家庭用火用电安全", "xiabao",
                        new Party(PartyType.TOWN, "xiabao"), "下堡镇社区居民", 14, "下堡镇文化广场", null, 0),
                new Demo(CampaignKind.WINTER_SPRING, "冬春火灾防控入户宣传", "xiabao", Party.BRIGADE,
                        "下堡镇农户及留守老人", -20, "下堡镇各村", 10, 860),
                new Demo(CampaignKind.SCHOOL, "消防安全第一课", "tongcheng", education, "通城镇中心小学师生",
                        -30, "通城镇中心小学", 25, 420),
                new Demo(CampaignKind.RURAL, "消防宣传进农村：秸秆焚烧与林区防火", "tongcheng",
                        new Party(PartyType.TOWN, "tongcheng"), "通城镇村民", 30, "通城镇各村委会", null, 0),
                new Demo(CampaignKind.FIRE_MONTH_119, "“119”消防宣传月凤凰镇启动仪式", "fenghuang", Party.BRIGADE,
                        "凤凰镇居民、商户", 45, "凤凰镇政府广场", null, 0));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.holdsAny("Campaign")) {
            return;
        }
        LocalDate today = County.today();
        for (Demo demo : demos()) {
            String id = UUID.randomUUID().toString();
            commands.sendAndWait(new PlanCampaign(id, demo.kind(), demo.title(), demo.town(), demo.organiser(),
                    demo.audience(), today.plusDays(demo.inDays()), demo.place(), null, true, Party.BRIGADE));
            if (demo.heldDaysAgo() != null) {
                commands.sendAndWait(new HoldCampaign(id, today.minusDays(demo.heldDaysAgo()), demo.peopleReached(),
                        "演示数据", today, Party.BRIGADE));
            }
            if (demo.cancelled()) {
                commands.sendAndWait(new CancelCampaign(id, "演示数据：因天气取消", Party.BRIGADE));
            }
        }
        log.info("Seeded {} demo campaigns", demos().size());
    }
}
