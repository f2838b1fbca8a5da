package org.firegov.kit.security;

/** Realm roles of the Keycloak realm {@code firegov} (see keycloak/README.md). */
public enum Role {
    /** 县消防安全委员会办公室 — reads everything, runs the assessment. */
    COMMITTEE("committee"),
    /** 县消防救援大队 — fire supervision for the whole county. */
    BRIGADE("brigade"),
    /** 行业部门 — scoped by the {@code department} claim. */
    DEPARTMENT("department"),
    /** 乡镇（街道） — scoped by the {@code town} claim. */
    TOWN("town"),
    /** 社会单位 — scoped by the {@code unit} claim (its unified social credit code). */
    UNIT("unit"),
    /** 政务服务平台 — machine client, integration API only. */
    GOV_PLATFORM("gov-platform");

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }

    public String authority() {
        return "ROLE_" + claimValue;
    }
}
