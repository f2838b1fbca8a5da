package org.firegov.inspection.expert;

import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.firegov.inspection.draw.DoubleRandomDraw.Inspector;

/** Commands of the expert pool (消防安全专家库) and of expert draws (专家抽取). */
public final class ExpertCommands {

    /**
     * @param field          the industry field (行业领域) the expert serves, e.g. {@code education}, {@code electrical}
     * @param qualifications titles and certificates, e.g. 注册消防工程师, 高级工程师
     * @param conflicts      units the expert must not review (回避), by credit code
     */
    public record RegisterExpert(String expertId, String name, String field, List<String> qualifications,
                                 Set<String> conflicts) {
    }

    /** The expert declares a conflict (回避) with a unit. */
    public record DeclareExpertConflict(@TargetAggregateIdentifier String expertId, String unitId) {
    }

    /** The expert leaves the pool; earlier draws keep him. */
    public record RetireExpert(@TargetAggregateIdentifier String expertId) {
    }

    /**
     * Draw {@code count} experts for a review at a unit from {@code pool}, the snapshot of the field's active experts
     * (id and conflicts) taken now, with a recorded seed.
     *
     * @param purpose e.g. {@code MAJOR_HAZARD_EVALUATION} (重大火灾隐患评估), {@code EXPERT_INSPECTION}
     */
    public record DrawExperts(String drawId, String unitId, String field, String purpose, int count, long seed,
                              List<Inspector> pool) {
    }

    private ExpertCommands() {
    }
}
