package org.firegov.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The result table as Markdown, readable on a console and pasteable into docs/benchmarks.md. */
public final class Table {

    private static final String[] HEADER = {"scenario", "side", "n", "ops/s", "p50 ms", "p95 ms", "p99 ms",
            "max ms", "ratio", "target", "note"};

    private Table() {
    }

    public static String render(List<Row> rows) {
        List<String[]> lines = new ArrayList<>();
        lines.add(HEADER);
        for (Row row : rows) {
            Double ratio = row.ratio();
            lines.add(line(row.scenario(), row.subject(), row.measured(),
                    ratio == null ? "" : String.format(Locale.ROOT, "%.2f×", ratio),
                    row.target(), row.note()));
            if (row.baseline() != null) {
                lines.add(line("", "baseline: " + row.baselineName(), row.baseline(), "", "", ""));
            }
        }
        int[] widths = new int[HEADER.length];
        java.util.Arrays.fill(widths, 3);
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int l = 0; l < lines.size(); l++) {
            out.append(format(lines.get(l), widths));
            if (l == 0) {
                String[] rule = new String[HEADER.length];
                for (int i = 0; i < rule.length; i++) {
                    rule[i] = "-".repeat(widths[i]);
                }
                out.append(format(rule, widths));
            }
        }
        return out.toString();
    }

    private static String[] line(String scenario, String side, Stats s, String ratio, String target, String note) {
        if (s == null) {
            return new String[] {scenario, side, "", "", "", "", "", "", ratio, nz(target), nz(note)};
        }
        return new String[] {scenario, side, Long.toString(s.count()) + (s.errors() > 0 ? " (" + s.errors()
                + " err)" : ""), num(s.perSecond(), s.seconds() > 0), num(s.p50Ms(), true), num(s.p95Ms(), true),
                num(s.p99Ms(), true), num(s.maxMs(), true), ratio, nz(target), nz(note)};
    }

    private static String num(double v, boolean show) {
        if (!show || !Double.isFinite(v)) {
            return "–";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String format(String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            b.append(' ').append(cells[i]).append(" ".repeat(widths[i] - cells[i].length())).append(" |");
        }
        return b.append('\n').toString();
    }
}
