package org.firegov.infrastructure.force;

/**
 * Categories of fire-fighting and rescue equipment (灭火救援装备), counted in pieces or sets (件（套）). The plan's
 * 14th-period target, 10,000+ sets, counts all of them; vehicles are kept apart, by Annex 2 type.
 */
public enum EquipmentCategory {
    /** 个人防护装备 */ PROTECTIVE,
    /** 灭火器材 */ FIRE_FIGHTING,
    /** 抢险救援器材（地震、洪涝、水域、山岳） */ RESCUE,
    /** 危化品处置、洗消器材 */ HAZMAT,
    /** 通信装备 */ COMMUNICATION,
    /** 突发公共卫生事件等特种处置装备 */ SPECIAL_RESPONSE,
    /** 其他 */ OTHER
}
