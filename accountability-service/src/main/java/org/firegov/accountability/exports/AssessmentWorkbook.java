package org.firegov.accountability.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.firegov.accountability.scoring.Evidence;
import org.firegov.accountability.scoring.PartyScore;
import org.firegov.accountability.scoring.PartyScore.IndicatorScore;

/**
 * The year's assessment as an Excel workbook (考核结果表): a sheet of results (one row per party, points per
 * indicator) and a sheet of evidence (one row per party and indicator, with the ids of the facts behind it).
 */
final class AssessmentWorkbook {

    static byte[] of(int year, List<PartyScore> scores) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            results(workbook.createSheet(year + "年度考核结果"), scores);
            evidence(workbook.createSheet("得分依据"), scores);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void results(Sheet sheet, List<PartyScore> scores) {
        Row header = sheet.createRow(0);
        cells(header, "类别", "代码", "名称", "排名", "总分", "等次", "一票否决");
        List<IndicatorScore> indicators = scores.isEmpty() ? List.of() : scores.get(0).indicators();
        for (int i = 0; i < indicators.size(); i++) {
            header.createCell(7 + i).setCellValue(indicators.get(i).name() + "（" + indicators.get(i).weight() + "）");
        }
        int r = 1;
        for (PartyScore score : scores) {
            Row row = sheet.createRow(r++);
            cells(row, score.party().kind().name(), score.party().code(), score.party().nameZh());
            row.createCell(3).setCellValue(score.rank());
            row.createCell(4).setCellValue(score.total());
            row.createCell(5).setCellValue(Grades.zh(score.grade()));
            row.createCell(6).setCellValue(score.vetoed() ? "是：" + String.join(",", score.vetoedBy()) : "否");
            for (int i = 0; i < score.indicators().size(); i++) {
                row.createCell(7 + i).setCellValue(score.indicators().get(i).points());
            }
        }
    }

    private static void evidence(Sheet sheet, List<PartyScore> scores) {
        cells(sheet.createRow(0), "名称", "指标", "得分", "指标值", "状态", "依据", "证据对象");
        int r = 1;
        for (PartyScore score : scores) {
            for (IndicatorScore indicator : score.indicators()) {
                Row row = sheet.createRow(r++);
                Evidence evidence = indicator.evidence();
                cells(row, score.party().nameZh(), indicator.name());
                row.createCell(2).setCellValue(indicator.points());
                if (evidence != null) {
                    if (evidence.value() != null) {
                        row.createCell(3).setCellValue(evidence.value());
                    }
                    cells(row, 4, evidence.status().name(), evidence.basis(), String.join(",", evidence.objects()));
                } else if (indicator.manual() != null) {
                    cells(row, 4, "MANUAL", indicator.manual().reason() + "（" + indicator.manual().author() + "）", "");
                }
            }
        }
    }

    private static void cells(Row row, String... values) {
        cells(row, 0, values);
    }

    private static void cells(Row row, int from, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(from + i).setCellValue(values[i]);
        }
    }

    private AssessmentWorkbook() {
    }
}
