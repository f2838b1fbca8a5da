package org.firegov.accountability.exports;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.firegov.accountability.scoring.PartyScore;
import org.firegov.accountability.scoring.PartyScore.IndicatorScore;

/**
 * One party's assessment report (考核报告) as a PDF: result, grade, rank, veto and per indicator the points, the
 * evidence value and the facts behind it. Chinese text needs a CJK font ({@code firegov.exports.cjk-font}); without
 * one the report prints the English names.
 */
final class PartyReportPdf {

    static byte[] of(int year, PartyScore score, String cjkFont) {
        boolean chinese = cjkFont != null && Files.isReadable(Path.of(cjkFont.replaceAll(",\\d+$", "")));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4);
            PdfWriter.getInstance(document, out);
            document.open();
            Font font = chinese ? new Font(BaseFont.createFont(cjkFont, BaseFont.IDENTITY_H, BaseFont.EMBEDDED), 10)
                    : new Font(Font.HELVETICA, 10);
            String name = chinese ? score.party().nameZh() : score.party().nameEn();
            document.add(new Paragraph(chinese ? year + "年度消防工作考核报告：" + name
                    : "Fire-safety assessment " + year + ": " + name, chinese ? new Font(font.getBaseFont(), 16)
                    : new Font(Font.HELVETICA, 16, Font.BOLD)));
            document.add(new Paragraph((chinese ? "考核方案 " : "Scheme ") + score.schemeId() + "    "
                    + (chinese ? "总分 " : "Total ") + score.total() + "    "
                    + (chinese ? "等次 " + Grades.zh(score.grade()) : "Grade " + score.grade()) + "    "
                    + (chinese ? "排名 " : "Rank ") + score.rank()
                    + (score.vetoed() ? (chinese ? "    一票否决：" : "    Vetoed by major fire: ")
                    + String.join(", ", score.vetoedBy()) : ""), font));
            PdfPTable table = new PdfPTable(new float[] {3, 1, 1, 1, 4});
            table.setWidthPercentage(100);
            table.setSpacingBefore(10);
            for (String header : chinese ? new String[] {"指标", "分值", "得分", "指标值", "依据与证据"}
                    : new String[] {"Indicator", "Weight", "Points", "Value", "Basis and evidence"}) {
                table.addCell(new Paragraph(header, font));
            }
            for (IndicatorScore indicator : score.indicators()) {
                table.addCell(new Paragraph(chinese ? indicator.name() : indicator.code(), font));
                table.addCell(new Paragraph(String.valueOf(indicator.weight()), font));
                table.addCell(new Paragraph(String.valueOf(indicator.points()), font));
                table.addCell(new Paragraph(value(indicator), font));
                table.addCell(new Paragraph(basis(indicator), font));
            }
            document.add(table);
            document.close();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("cannot render the report of " + score.party().code(), e);
        }
    }

    private static String value(IndicatorScore indicator) {
        return indicator.evidence() == null || indicator.evidence().value() == null ? "—"
                : String.valueOf(Math.round(indicator.evidence().value() * 100) / 100.0);
    }

    private static String basis(IndicatorScore indicator) {
        if (indicator.manual() != null) {
            return indicator.manual().reason() + " (" + indicator.manual().author() + ")";
        }
        if (indicator.evidence() == null) {
            return "";
        }
        return indicator.evidence().status() + ": " + indicator.evidence().basis()
                + (indicator.evidence().objects().isEmpty() ? "" : " [" + String.join(", ", indicator.evidence().objects()) + "]");
    }

    private PartyReportPdf() {
    }
}
