package org.firegov.portal.scoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.firegov.portal.api.InspectionApi;
import org.firegov.portal.api.SelfInspectionApi;
import org.firegov.portal.web.Formats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Self-inspection coverage (单位自查覆盖率) for a department or town (and the county-wide roles): for a month or a
 * half year, per town and per department, the active units that submitted out of all, with the units still
 * missing; and the units that missed the last half year that is over (每半年至少自查一次). Scope is inspection's,
 * by the user's token.
 */
@Controller
class SelfInspectionCoverageController {

    /** A half year as the API names it ({@code 2026-H1}) with its parts for the label. */
    record HalfYear(String code, String year, int half) {

        static HalfYear of(LocalDate day) {
            int half = day.getMonthValue() <= 6 ? 1 : 2;
            return new HalfYear(day.getYear() + "-H" + half, String.valueOf(day.getYear()), half);
        }

        HalfYear previous() {
            int year = Integer.parseInt(this.year);
            return half == 2 ? new HalfYear(year + "-H1", this.year, 1)
                    : new HalfYear((year - 1) + "-H2", String.valueOf(year - 1), 2);
        }
    }

    private final SelfInspectionApi selfInspections;
    private final InspectionApi inspection;

    SelfInspectionCoverageController(SelfInspectionApi selfInspections, InspectionApi inspection) {
        this.selfInspections = selfInspections;
        this.inspection = inspection;
    }

    /** @param period a month ({@code 2026-05}); else {@code half} ({@code 2026-H1}); neither: this half year so far */
    @GetMapping("/portal/self-inspections/coverage")
    String coverage(@RequestParam(required = false) String period, @RequestParam(required = false) String half,
                    Model model) {
        HalfYear current = HalfYear.of(LocalDate.parse(Formats.today()));
        boolean byMonth = period != null && !period.isBlank();
        String shownHalf = byMonth ? null : half != null && !half.isBlank() ? half : current.code();
        HalfYear lastEnded = current.previous();
        Map<String, Object> coverage = selfInspections.coverage(byMonth ? period : null, shownHalf);
        model.addAttribute("coverage", coverage);
        model.addAttribute("label", PeriodLabel.of(coverage.get("period")));
        model.addAttribute("missed", selfInspections.missed(lastEnded.code()));
        model.addAttribute("lastEnded", lastEnded);
        model.addAttribute("byMonth", byMonth);
        model.addAttribute("month", byMonth ? period : null);
        model.addAttribute("halves", halvesUpTo(current));
        model.addAttribute("unitNames", inspection.units(null, null).stream().collect(Collectors.toMap(
                unit -> String.valueOf(unit.get("unitId")), unit -> String.valueOf(unit.get("name")), (a, b) -> a)));
        return "scoped/coverage";
    }

    /** This half year and the three before it, newest first, for the picker. */
    private static List<HalfYear> halvesUpTo(HalfYear current) {
        List<HalfYear> halves = new ArrayList<>();
        HalfYear half = current;
        for (int i = 0; i < 4; i++) {
            halves.add(half);
            half = half.previous();
        }
        return halves;
    }

    /**
     * The parts of a period's label: {@code 2026-05} → month, 2026, 5; {@code 2026-H1} → half, 2026, 1; anything
     * else is shown as it is.
     */
    record PeriodLabel(String kind, String year, String number) {

        static PeriodLabel of(Object period) {
            String text = String.valueOf(period);
            if (text.matches("\\d{4}-H[12]")) {
                return new PeriodLabel("half", text.substring(0, 4), text.substring(6));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                return new PeriodLabel("month", text.substring(0, 4),
                        String.valueOf(Integer.parseInt(text.substring(5))));
            }
            return new PeriodLabel("other", text, "");
        }
    }
}
