package org.firegov.testkit;

import java.util.List;
import java.util.Map;

/** Bearer tokens of the realm's kinds of users, signed by {@link TestIssuer}. */
public final class Tokens {

    public static String committee() {
        return TestIssuer.get().token("committee1", List.of("committee"), Map.of());
    }

    public static String brigade() {
        return TestIssuer.get().token("brigade1", List.of("brigade"), Map.of());
    }

    public static String department(String department) {
        return TestIssuer.get().token(department + "1", List.of("department"), Map.of("department", department));
    }

    public static String town(String town) {
        return TestIssuer.get().token(town + "1", List.of("town"), Map.of("town", town));
    }

    public static String unit(String unitId) {
        return TestIssuer.get().token("unit-" + unitId, List.of("unit"), Map.of("unit", unitId));
    }

    public static String govPlatform() {
        return TestIssuer.get().token("service-account-gov-platform", List.of("gov-platform"), Map.of());
    }

    private Tokens() {
    }
}
