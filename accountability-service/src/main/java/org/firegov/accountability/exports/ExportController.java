package org.firegov.accountability.exports;

import java.util.List;

import org.firegov.accountability.party.Parties;
import org.firegov.accountability.party.PartyKind;
import org.firegov.accountability.party.ResponsibleParty;
import org.firegov.accountability.scoring.AssessmentPeriod;
import org.firegov.accountability.scoring.PartyScore;
import org.firegov.accountability.scoring.Scoreboard;
import org.firegov.kit.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports (导出): the year's assessment as an Excel workbook (the parties the caller may see) and one party's
 * report as a PDF (404 outside the caller's scope).
 */
@RestController
class ExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Parties parties;
    private final Scoreboard scoreboard;
    private final String cjkFont;

    ExportController(Parties parties, Scoreboard scoreboard, @Value("${firegov.exports.cjk-font:}") String cjkFont) {
        this.parties = parties;
        this.scoreboard = scoreboard;
        this.cjkFont = cjkFont;
    }

    @GetMapping("/api/accountability/exports/{year}/assessment.xlsx")
    ResponseEntity<byte[]> workbook(Actor actor, @PathVariable int year) {
        List<ResponsibleParty> visible = parties.visibleTo(actor);
        List<PartyScore> scores = scoreboard.ranked(AssessmentPeriod.live(year)).stream()
                .filter(score -> visible.contains(score.party())).toList();
        return file(AssessmentWorkbook.of(year, scores), XLSX, "assessment-" + year + ".xlsx");
    }

    @GetMapping("/api/accountability/exports/{year}/{kind}/{code}/report.pdf")
    ResponseEntity<byte[]> report(Actor actor, @PathVariable int year, @PathVariable PartyKind kind,
                                  @PathVariable String code) {
        ResponsibleParty party = parties.visibleTo(actor, kind, code);
        PartyScore score = scoreboard.ranked(AssessmentPeriod.live(year)).stream()
                .filter(s -> s.party().equals(party)).findFirst().orElseThrow();
        return file(PartyReportPdf.of(year, score, cjkFont), MediaType.APPLICATION_PDF,
                "assessment-" + year + "-" + code + ".pdf");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
