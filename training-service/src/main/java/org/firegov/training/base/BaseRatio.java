package org.firegov.training.base;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.firegov.training.County;
import org.firegov.training.Residents;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 万人消防科普教育基地拥有率: open education bases and theme parks (all kinds) per 10,000 residents, per town and for
 * the county, on a given day, next to the plan's 2020 baseline. An aggregate figure: every role with access to
 * training sees all towns.
 */
@RestController
class BaseRatio {

    /** The plan's baseline, verbatim (规划 一、(二) 5): written with a per-cent sign, recorded as written. */
    static final Baseline PLAN_2020 = new Baseline(2020, 2.57, "%",
            "全县消防安全常识知晓率低，万人消防科普教育基地拥有率仅为2.57%",
            "《巫溪县“十四五”消防救援事业发展规划》一、(二) 5");

    private final MongoTemplate mongo;
    private final Residents residents;

    BaseRatio(MongoTemplate mongo, Residents residents) {
        this.mongo = mongo;
        this.residents = residents;
    }

    record Baseline(int year, double value, String unit, String wording, String source) {
    }

    /** {@code perTenThousand} is null when the population is not configured. */
    record Line(String town, long bases, Long residents, Double perTenThousand) {
    }

    record Ratio(LocalDate on, Baseline planBaseline2020, Line county, List<Line> towns) {
    }

    @GetMapping("/api/training/education-bases/ratio")
    Ratio ratio(@RequestParam(required = false) LocalDate on) {
        LocalDate day = on != null && County.plausible(on) ? on : County.today();
        Map<String, Long> open = mongo.find(new Query(), BaseView.class, BaseView.COLLECTION).stream()
                .filter(base -> base.openOn(day))
                .collect(Collectors.groupingBy(BaseView::town, Collectors.counting()));
        TreeSet<String> towns = new TreeSet<>(residents.towns().keySet());
        towns.addAll(open.keySet());
        long total = open.values().stream().mapToLong(Long::longValue).sum();
        return new Ratio(day, PLAN_2020,
                new Line(null, total, residents.countyTotal(), Residents.ratio(total, residents.countyTotal(), 10_000)),
                towns.stream().map(town -> new Line(town, open.getOrDefault(town, 0L), residents.of(town),
                        Residents.ratio(open.getOrDefault(town, 0L), residents.of(town), 10_000))).toList());
    }
}
