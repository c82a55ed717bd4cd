package io.jointresponse.cli.report;

import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.NationalCompilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Draws the agreements in force as SVG bar charts: by sector for one prefectural police, and by
 * sector and by prefectural police for a national compilation.
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
        return new BarChartSvg(title(report.prefecture().policeName(), report.year(), report.asOf().toString(), report.inForceTotal()))
                .section("業種別 (by sector)", bySector(report.inForceBySector()))
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
                .forEach(r -> byPrefecture.add(new BarChartSvg.Bar(r.prefecture().codeText() + " " + r.prefecture().policeName(), r.inForceTotal())));
        return new BarChartSvg(title("全国", compilation.year(), compilation.year() + "-12-31", compilation.inForceTotal()))
                .section("業種別 (by sector)", bySector(compilation.inForceBySector()))
                .section("都道府県警察別 (by prefectural police)", byPrefecture)
                .render();
    }

    private static String title(String who, int year, String asOf, int total) {
        return "共同対処協定の締結状況 " + who + " " + year + "年 (" + asOf + "現在) 計" + total + "件";
    }

    private static List<BarChartSvg.Bar> bySector(Map<Sector, Integer> counts) {
        List<BarChartSvg.Bar> bars = new ArrayList<>();
        for (Sector s : Sector.values()) {
            bars.add(new BarChartSvg.Bar(s.currentLabel(), counts.getOrDefault(s, 0)));
        }
        return bars;
    }
}
