package org.firegov.portal.committee;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The committee view (考核总览) as one table per indicator (考核指标): each visible party's points at the end of each
 * quarter begun and for the year so far, towns and departments apart, in the API's order; and the same figures for
 * the indicator's chart. Pure: the API's maps in, rows out.
 */
final class IndicatorQuarters {

    /** A quarter column; the running one is "so far" ({@code complete} false). */
    record Quarter(int number, boolean complete) {
    }

    /** One party's points for the indicator: per quarter (null where the party has none) and for the year. */
    record Line(Map<String, Object> party, List<Double> quarters, Double year) {
    }

    /** @param chart the chart's data as JSON: {@code {parties[{zh, en}], series[{quarter, data[]}], max}} */
    record Table(String code, String name, double weight, List<Line> towns, List<Line> departments, String chart) {
    }

    private IndicatorQuarters() {
    }

    /** The quarters of the longest trend among the rows (all parties are scored at the same quarter ends). */
    @SuppressWarnings("unchecked")
    static List<Quarter> quarters(List<Map<String, Object>> rows) {
        List<Map<String, Object>> longest = rows.stream().map(row -> (List<Map<String, Object>>) row.get("trend"))
                .filter(trend -> trend != null).reduce(List.of(), (a, b) -> b.size() > a.size() ? b : a);
        return longest.stream().map(q -> new Quarter(((Number) q.get("quarter")).intValue(),
                Boolean.TRUE.equals(q.get("complete")))).toList();
    }

    static List<Table> tables(List<Map<String, Object>> indicators, List<Map<String, Object>> rows,
                              List<Quarter> quarters, Function<Object, String> json) {
        List<Table> tables = new ArrayList<>();
        for (Map<String, Object> indicator : indicators) {
            String code = String.valueOf(indicator.get("code"));
            List<Line> towns = lines(rows, "TOWN", code, quarters);
            List<Line> departments = lines(rows, "DEPARTMENT", code, quarters);
            double weight = ((Number) indicator.get("weight")).doubleValue();
            tables.add(new Table(code, String.valueOf(indicator.get("name")), weight, towns, departments,
                    json.apply(chart(towns, departments, quarters, weight))));
        }
        return tables;
    }

    @SuppressWarnings("unchecked")
    private static List<Line> lines(List<Map<String, Object>> rows, String kind, String code, List<Quarter> quarters) {
        return rows.stream().filter(row -> kind.equals(((Map<String, Object>) row.get("party")).get("kind")))
                .map(row -> {
                    Map<Integer, Double> byQuarter = new LinkedHashMap<>();
                    for (Map<String, Object> q : (List<Map<String, Object>>) row.getOrDefault("trend", List.of())) {
                        byQuarter.put(((Number) q.get("quarter")).intValue(), pointsOf(q, code));
                    }
                    return new Line((Map<String, Object>) row.get("party"),
                            quarters.stream().map(q -> byQuarter.get(q.number())).toList(), pointsOf(row, code));
                }).toList();
    }

    @SuppressWarnings("unchecked")
    private static Double pointsOf(Map<String, Object> scored, String code) {
        Object points = ((Map<String, Object>) scored.getOrDefault("points", Map.of())).get(code);
        return points instanceof Number number ? number.doubleValue() : null;
    }

    private static String nameOf(Map<String, Object> party, String field) {
        Object name = party.get(field);
        return String.valueOf(name != null ? name : party.get("code"));
    }

    private static Map<String, Object> chart(List<Line> towns, List<Line> departments, List<Quarter> quarters,
                                             double weight) {
        List<Line> all = new ArrayList<>(towns);
        all.addAll(departments);
        List<Map<String, Object>> parties = all.stream().map(line -> ordered(
                "zh", nameOf(line.party(), "nameZh"), "en", nameOf(line.party(), "nameEn"))).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            int column = i;
            series.add(ordered("quarter", quarters.get(i).number(),
                    "data", all.stream().map(line -> line.quarters().get(column)).toList()));
        }
        return ordered("parties", parties, "series", series, "max", weight);
    }

    /** A map of the pairs in their order, so the chart's JSON reads the same every time. */
    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
