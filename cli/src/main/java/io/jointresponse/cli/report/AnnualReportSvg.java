package io.jointresponse.cli.report;

import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.annual.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Draws the agreements in force on the count day as SVG bar charts: by sector for one prefectural
 * police, and by sector and by prefectural police for a national compilation. A line under the title
 * says which instruction the figures follow, so that the library's default is never taken for the
 * notice's.
 */
public final class AnnualReportSvg {

    private AnnualReportSvg() {}

    /**
     * Draws one prefectural police's agreements in force by sector.
     *
     * @param report the report, not null
     * @return a standalone SVG document
     */
    public static String render(AnnualReport report) {
        Objects.requireNonNull(report, "report");
        return new BarChartSvg(title(report.prefecture().policeName(), report.period(), report.asOf().toString(),
                report.inForceTotal().orElse(0)))
                .note(AnnualReportCsv.instructionText(report))
                .section("基準日に有効な協定数・業種別 (agreements in force on the count day, by sector)", bySector(report.inForceBySector()))
                .render();
    }

    /**
     * Draws a national compilation: agreements in force by sector, then by prefectural police in
     * JIS code order.
     *
     * @param compilation the compilation, not null
     * @return a standalone SVG document
     */
    public static String render(NationalCompilation compilation) {
        Objects.requireNonNull(compilation, "compilation");
        List<BarChartSvg.Bar> byPrefecture = new ArrayList<>();
        compilation.reports().stream()
                .sorted((a, b) -> Integer.compare(a.prefecture().code(), b.prefecture().code()))
                .forEach(r -> byPrefecture.add(new BarChartSvg.Bar(r.prefecture().codeText() + " " + r.prefecture().policeName(),
                        r.inForceTotal().orElse(0))));
        String asOf = compilation.reports().isEmpty() ? compilation.period().end().toString()
                : compilation.reports().get(0).asOf().toString();
        BarChartSvg chart = new BarChartSvg(title("全国", compilation.period(), asOf, compilation.inForceTotal()));
        compilation.reports().stream().map(AnnualReportCsv::instructionText).distinct().forEach(chart::note);
        return chart
                .section("基準日に有効な協定数・業種別 (agreements in force on the count day, by sector)", bySector(compilation.inForceBySector()))
                .section("基準日に有効な協定数・都道府県警察別 (by prefectural police)", byPrefecture)
                .render();
    }

    private static String title(String who, ReportingPeriod period, String asOf, int total) {
        return "共同対処協定の締結状況 " + who + " " + period.start() + "〜" + period.end() + " (" + period.type().japaneseLabel()
                + ") " + asOf + "現在で有効な協定 計" + total + "件";
    }

    private static List<BarChartSvg.Bar> bySector(Map<Sector, Integer> counts) {
        List<BarChartSvg.Bar> bars = new ArrayList<>();
        for (Sector s : Sector.values()) {
            bars.add(new BarChartSvg.Bar(s.japaneseLabel(), counts.getOrDefault(s, 0)));
        }
        return bars;
    }
}
