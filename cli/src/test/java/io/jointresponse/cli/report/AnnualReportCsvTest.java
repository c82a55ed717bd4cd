package io.jointresponse.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.annual.Instruction;
import io.jointresponse.core.annual.ReportingPeriod;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnualReportCsvTest {

    static AnnualReport report(Prefecture p, int financial, int online) {
        return AnnualReport.builder()
                .prefecture(p)
                .period(ReportingPeriod.calendarYear(2024))
                .asOf(LocalDate.of(2024, 12, 31))
                .instruction(Instruction.libraryDefault())
                .putInForceBySector(Sector.FINANCIAL_INSTITUTION, financial)
                .putInForceBySector(Sector.CRYPTO_ASSET_EXCHANGE, 0)
                .putInForceBySector(Sector.DATA_CENTRE, 0)
                .putInForceBySector(Sector.ONLINE_SHOP, online)
                .putInForceBySector(Sector.OTHER, 0)
                .inForceTotal(financial + online)
                .inForceAtPeriodStart(financial)
                .concludedInPeriod(online)
                .terminatedInPeriod(0)
                .existingChannelArrangements(1)
                .vendorCounterpartPartners(0)
                .build();
    }

    @Test
    void startsWithByteOrderMarkAndUsesCrlf() {
        StringBuilder out = new StringBuilder();
        AnnualReportCsv.write(List.of(report(Prefecture.TOKYO, 3, 2)), out);
        String csv = out.toString();
        assertThat(csv.charAt(0)).isEqualTo('\uFEFF');
        String[] lines = csv.substring(1).split("\r\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("都道府県コード,都道府県警察,期間の種別,期間の初日,期間の末日,基準日,"
                + "基準日に有効な協定数・金融機関,基準日に有効な協定数・仮想通貨交換事業者(暗号資産交換業者),"
                + "基準日に有効な協定数・データセンター事業者,基準日に有効な協定数・オンラインショップ事業者,"
                + "基準日に有効な協定数・その他の民間事業者,基準日に有効な協定数(合計),期間開始時に有効な協定数,"
                + "期間中に締結された協定数,期間中に終了した協定数,基準日に活用されている既存の窓口の数,"
                + "基準日に有効な協定のうちセキュリティ関連事業者が実質的な相手方である数,集計基準");
        assertThat(lines[1]).isEqualTo("13,警視庁,暦年,2024-01-01,2024-12-31,2024-12-31,3,0,0,2,0,5,3,2,0,1,0,"
                + "集計基準: 本ライブラリの既定(通達第8項の別途指示によるものではない)。暦年・12月31日現在。"
                + "報告事項、報告時期、報告様式は通達第8項により別途指示される");
        assertThat(lines[2]).isEmpty();
    }

    @Test
    void theTotalColumnSaysItHoldsAgreementsInForceNotAllConcluded() {
        StringBuilder out = new StringBuilder();
        AnnualReportCsv.write(List.of(report(Prefecture.TOKYO, 3, 2)), out);
        assertThat(out.toString()).doesNotContain("締結数合計").contains("基準日に有効な協定数(合計)");
    }

    @Test
    void countsAnInstructionDidNotAskForAreEmptyCellsAndItsReferenceIsNamed() {
        AnnualReport fewer = AnnualReport.builder()
                .prefecture(Prefecture.OSAKA)
                .period(ReportingPeriod.fiscalYear(2024))
                .asOf(LocalDate.of(2025, 3, 31))
                .instruction(Instruction.given("令和6年3月1日付け別途指示"))
                .inForceTotal(4)
                .build();
        StringBuilder out = new StringBuilder();
        AnnualReportCsv.write(List.of(fewer), out);
        assertThat(out.toString().split("\r\n")[1])
                .isEqualTo("27,大阪府警察,年度,2024-04-01,2025-03-31,2025-03-31,,,,,,4,,,,,,"
                        + "集計基準: 指定された集計基準(警察庁の別途指示等)(令和6年3月1日付け別途指示)");
    }

    @Test
    void writesOneRowPerReportInOrder() {
        StringBuilder out = new StringBuilder();
        AnnualReportCsv.write(List.of(report(Prefecture.HOKKAIDO, 1, 0), report(Prefecture.OKINAWA, 0, 1)), out);
        assertThat(out.toString()).contains("\r\n01,北海道警察,").contains("\r\n47,沖縄県警察,");
    }

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaks() {
        assertThat(AnnualReportCsv.quote("plain")).isEqualTo("plain");
        assertThat(AnnualReportCsv.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(AnnualReportCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AnnualReportCsv.quote("a\nb")).isEqualTo("\"a\nb\"");
    }
}
