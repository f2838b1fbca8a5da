package org.firegov.infrastructure;

import java.util.Arrays;
import java.util.Objects;

import org.firegov.kit.security.Actor;
import org.firegov.kit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Read scope of public fire infrastructure: it belongs to a town, not to a sector, so the committee, the brigade
 * and every department read the whole county, and a town reads its own jurisdiction only.
 */
public final class InfrastructureScope {

    /** Lower-case town code, as in the token's {@code town} claim ({@code xiabao}, {@code tongcheng} …). */
    public static final String TOWN_CODE = "[a-z][a-z0-9-]{1,39}";
    public static final String TOWN_CODE_MESSAGE = "must be a town code such as xiabao";

    private static final Criteria NOTHING = Criteria.where("_id").exists(false);

    public static boolean countyWide(Actor actor) {
        return actor.countyWide() || actor.has(Role.DEPARTMENT);
    }

    /** The town whose objects a town user may change; null for the brigade (county-wide). */
    public static String actingTown(Actor actor) {
        return actor.has(Role.BRIGADE) ? null : Objects.requireNonNullElse(actor.town(), "");
    }

    public static Criteria criteriaFor(Actor actor, String townField) {
        if (countyWide(actor)) {
            return new Criteria();
        }
        if (actor.has(Role.TOWN) && actor.town() != null) {
            return Criteria.where(townField).is(actor.town());
        }
        return NOTHING;
    }

    /** Documents the actor may see that match every (non-null) filter. */
    public static Query query(Actor actor, String townField, Criteria... filters) {
        Criteria[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of(criteriaFor(actor, townField)),
                Arrays.stream(filters).filter(Objects::nonNull)).toArray(Criteria[]::new);
        return Query.query(new Criteria().andOperator(all));
    }

    private InfrastructureScope() {
    }
}
