package org.firegov.inspection.draw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.firegov.inspection.unit.RiskGrade;
import org.firegov.kit.domain.BusinessRuleViolation;

/**
 * 双随机 — the draw itself, a pure function of the seed, the population snapshot and the inspector pool, so anyone
 * holding the published seed and snapshot re-runs it to the same result. {@link Random} is used because its
 * algorithm is fixed by its specification (the same sequence for a seed on every JVM).
 * <p>
 * Units are drawn without replacement with weights ({@value #HIGH_RISK_WEIGHT} for a fire high-risk unit 火灾高危单位,
 * 1 otherwise, times {@value #DISHONEST_FACTOR} for a unit with an active dishonesty record 失信对象 when the snapshot
 * was taken), in the order of their credit codes; each drawn unit gets {@code perInspection} distinct inspectors
 * drawn from those who declared no conflict with it.
 */
public final class DoubleRandomDraw {

    static final int HIGH_RISK_WEIGHT = 3;
    static final int DISHONEST_FACTOR = 2;

    /**
     * A unit of the population snapshot: what the draw needs, nothing more.
     *
     * @param dishonest  on the dishonesty list when the snapshot was taken (snapshots recorded before this existed
     *                   read as false, so they still verify)
     * @param town       the unit's town when the snapshot was taken (not used by the draw; null in older snapshots)
     * @param department its supervising department then (likewise)
     */
    public record PopulationUnit(String unitId, RiskGrade riskGrade, boolean dishonest, String town,
                                 String department) {

        public PopulationUnit(String unitId, RiskGrade riskGrade) {
            this(unitId, riskGrade, false);
        }

        public PopulationUnit(String unitId, RiskGrade riskGrade, boolean dishonest) {
            this(unitId, riskGrade, dishonest, null, null);
        }
    }

    /** An inspector of the pool and the units he declared a conflict with (回避). */
    public record Inspector(String name, Set<String> conflicts) {
    }

    /** One drawn inspection: the unit and its inspectors. */
    public record Assignment(String unitId, List<String> inspectors) {
    }

    public static List<Assignment> draw(long seed, List<PopulationUnit> population, List<Inspector> pool,
                                        int sampleSize, int perInspection) {
        if (sampleSize < 1 || sampleSize > population.size()) {
            throw new BusinessRuleViolation("sample-size-out-of-range", "the sample size must be between 1 and the "
                    + "population size (" + population.size() + ")");
        }
        Random random = new Random(seed);
        List<PopulationUnit> remaining = new ArrayList<>(population);
        remaining.sort(Comparator.comparing(PopulationUnit::unitId));
        List<Inspector> inspectors = new ArrayList<>(pool);
        inspectors.sort(Comparator.comparing(Inspector::name));
        List<Assignment> drawn = new ArrayList<>();
        for (int i = 0; i < sampleSize; i++) {
            PopulationUnit unit = remaining.remove(pickWeighted(random, remaining));
            drawn.add(new Assignment(unit.unitId(), drawInspectors(random, unit.unitId(), inspectors, perInspection)));
        }
        return drawn;
    }

    /**
     * The people half of the draw on its own: {@code count} distinct people from the pool (in name order) without a
     * conflict with the unit, from {@code new Random(seed)}. Expert draws (专家抽取) use it, so they re-run exactly
     * like a plan's inspector draw.
     */
    public static List<String> drawPeople(long seed, String unitId, List<Inspector> pool, int count) {
        List<Inspector> people = new ArrayList<>(pool);
        people.sort(Comparator.comparing(Inspector::name));
        return drawInspectors(new Random(seed), unitId, people, count);
    }

    private static int pickWeighted(Random random, List<PopulationUnit> units) {
        int total = units.stream().mapToInt(DoubleRandomDraw::weight).sum();
        int ticket = random.nextInt(total);
        for (int i = 0; i < units.size(); i++) {
            ticket -= weight(units.get(i));
            if (ticket < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights changed during the draw");
    }

    static int weight(PopulationUnit unit) {
        return (unit.riskGrade() == RiskGrade.HIGH_RISK ? HIGH_RISK_WEIGHT : 1) * (unit.dishonest() ? DISHONEST_FACTOR : 1);
    }

    private static List<String> drawInspectors(Random random, String unitId, List<Inspector> pool, int count) {
        List<String> eligible = new ArrayList<>(pool.stream()
                .filter(inspector -> inspector.conflicts() == null || !inspector.conflicts().contains(unitId))
                .map(Inspector::name).toList());
        if (eligible.size() < count) {
            throw new BusinessRuleViolation("not-enough-inspectors", "only " + eligible.size()
                    + " inspectors without a conflict for unit " + unitId + ", " + count + " needed");
        }
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(eligible.remove(random.nextInt(eligible.size())));
        }
        return chosen;
    }

    private DoubleRandomDraw() {
    }
}
