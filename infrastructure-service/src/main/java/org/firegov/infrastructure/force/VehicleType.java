package org.firegov.infrastructure.force;

/** Duty vehicle types of the plan's Annex 2 (消防执勤车辆装备建设规划表), with their group. */
public enum VehicleType {
    /** 水罐车 */ WATER_TANK(Group.FIRE_FIGHTING),
    /** 泡沫车 */ FOAM(Group.FIRE_FIGHTING),
    /** 压缩空气泡沫车 */ CAFS(Group.FIRE_FIGHTING),
    /** 登高平台或云梯车 */ AERIAL(Group.ELEVATING),
    /** 高喷车 */ HIGH_SPRAY(Group.ELEVATING),
    /** 抢险救援车 */ RESCUE(Group.SPECIAL_SERVICE),
    /** 排烟或照明车 */ SMOKE_LIGHTING(Group.SPECIAL_SERVICE),
    /** 化救或洗消车 */ HAZMAT_DECONTAMINATION(Group.SPECIAL_SERVICE),
    /** 通信指挥车 */ COMMAND(Group.SPECIAL_SERVICE),
    /** 工程机械 */ ENGINEERING(Group.SUPPORT),
    /** 远程供水或排涝车 */ LONG_DISTANCE_WATER(Group.SUPPORT),
    /** 自装卸（模块）车 */ MODULE_CARRIER(Group.SUPPORT),
    /** 宣传车 */ PUBLICITY(Group.SUPPORT);

    /** Annex 2 column groups. */
    public enum Group {
        /** 灭火类 */ FIRE_FIGHTING,
        /** 举高类 */ ELEVATING,
        /** 专勤类 */ SPECIAL_SERVICE,
        /** 保障类 */ SUPPORT
    }

    private final Group group;

    VehicleType(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }
}
