package org.firegov.infrastructure.seed;

import java.util.List;

import org.firegov.infrastructure.hydrant.HydrantCommands.ChangeHydrantStatus;
import org.firegov.infrastructure.hydrant.HydrantCommands.RegisterHydrant;
import org.firegov.infrastructure.hydrant.HydrantStatus;
import org.firegov.infrastructure.hydrant.HydrantType;
import org.firegov.infrastructure.hydrant.StatusChangeSource;
import org.firegov.infrastructure.road.RoadCommands.RegisterRoad;

/**
 * DEMO data (demo: true): a few roads and hydrants in Wuxi County towns so that maps and rates show something.
 * Coordinates are approximate WGS-84 points near each town centre, not surveyed positions.
 */
final class SeedDemoHydrants {

    static List<RegisterRoad> roads() {
        return List.of(
                new RegisterRoad("demo-road-fenghuang-1", "凤凰大道（演示）", "fenghuang", 4, true, null),
                new RegisterRoad("demo-road-xiabao-1", "下堡正街（演示）", "xiabao", 3, true, null),
                new RegisterRoad("demo-road-tongcheng-1", "通城正街（演示）", "tongcheng", 2, true, null));
    }

    static List<RegisterHydrant> hydrants() {
        return List.of(
                hydrant("demo-fenghuang-1", HydrantType.HYDRANT, "fenghuang", "凤凰大道（演示）", 31.4215, 109.5702),
                hydrant("demo-fenghuang-2", HydrantType.HYDRANT, "fenghuang", "凤凰大道（演示）", 31.4229, 109.5731),
                hydrant("demo-fenghuang-3", HydrantType.HYDRANT, "fenghuang", "凤凰大道（演示）", 31.4243, 109.5760),
                hydrant("demo-fenghuang-4", HydrantType.HYDRANT, "fenghuang", "凤凰大道（演示）", 31.4257, 109.5788),
                hydrant("demo-xiabao-1", HydrantType.HYDRANT, "xiabao", "下堡正街（演示）", 31.6231, 109.4817),
                hydrant("demo-xiabao-2", HydrantType.HYDRANT, "xiabao", "下堡正街（演示）", 31.6247, 109.4839),
                hydrant("demo-xiabao-intake", HydrantType.INTAKE, "xiabao", "西溪河取水点（演示）", 31.6202, 109.4790),
                hydrant("demo-tongcheng-1", HydrantType.HYDRANT, "tongcheng", "通城正街（演示）", 31.5318, 109.7804),
                hydrant("demo-tongcheng-2", HydrantType.HYDRANT, "tongcheng", "通城正街（演示）", 31.5331, 109.7829),
                hydrant("demo-tongcheng-pool", HydrantType.POOL, "tongcheng", "通城场镇消防水池（演示）", 31.5302, 109.7787));
    }

    static List<ChangeHydrantStatus> statusChanges() {
        return List.of(
                new ChangeHydrantStatus("demo-fenghuang-3", HydrantStatus.DAMAGED, "演示：巡查发现出水口损坏",
                        StatusChangeSource.INSPECTION, null),
                new ChangeHydrantStatus("demo-tongcheng-2", HydrantStatus.OUT_OF_SERVICE, "演示：道路施工临时停用",
                        StatusChangeSource.OTHER, null));
    }

    private static RegisterHydrant hydrant(String id, HydrantType type, String town, String road, double lat, double lon) {
        return new RegisterHydrant(id, type, town, road, lat, lon, true, null);
    }

    private SeedDemoHydrants() {
    }
}
