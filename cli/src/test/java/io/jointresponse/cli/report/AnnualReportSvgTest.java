package io.jointresponse.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.annual.AnnualReports;
import io.jointresponse.core.annual.NationalCompilation;
import io.jointresponse.core.organisation.Prefecture;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnnualReportSvgTest {

    private static final Pattern BAR_WIDTH = Pattern.compile("<rect x=\"260\" y=\"\\d+\" width=\"(\\d+)\"");

    private static List<Integer> barWidths(String svg) {
        List<Integer> widths = new ArrayList<>();
        Matcher m = BAR_WIDTH.matcher(svg);
        while (m.find()) {
            widths.add(Integer.parseInt(m.group(1)));
        }
        return widths;
    }

    @Test
    void drawsOneBarPerSectorScaledToTheLargestValue() {
        String svg = AnnualReportSvg.render(AnnualReportCsvTest.report(Prefecture.TOKYO, 3, 2));
        // FINANCIAL_INSTITUTION 3 (longest), CRYPTO 0, DATA_CENTRE 0, ONLINE_SHOP 2, OTHER 0
        assertThat(barWidths(svg)).containsExactly(600, 0, 0, 400, 0);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>\n")
                .contains("警視庁").contains("金融機関").contains("仮想通貨交換事業者(暗号資産交換業者)")
                .contains("本ライブラリの既定")
                .contains(">3</text>").contains(">2</text>");
    }

    @Test
    void nationalChartHasSectorsAndAll47Prefectures() {
        NationalCompilation national = AnnualReports.computeNational(List.of(), 2024);
        String svg = AnnualReportSvg.render(national);
        assertThat(barWidths(svg)).hasSize(5 + 47).containsOnly(0);
        assertThat(svg).contains("01 北海道警察").contains("13 警視庁").contains("47 沖縄県警察").contains("全国");
    }

    @Test
    void escapesMarkupInText() {
        assertThat(BarChartSvg.escape("<a & \"b\">")).isEqualTo("&lt;a &amp; &quot;b&quot;&gt;");
    }
}
