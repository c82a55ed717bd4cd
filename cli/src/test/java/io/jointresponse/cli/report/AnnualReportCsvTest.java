package io.jointresponse.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.annual.AnnualReport;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnualReportCsvTest {

    static AnnualReport report(Prefecture p, int financial, int online) {
        return AnnualReport.builder()
                .prefecture(p)
                .year(2024)
                .asOf(LocalDate.of(2024, 12, 31))
                .putInForceBySector(Sector.FINANCIAL_INSTITUTION, financial)
                .putInForceBySector(Sector.CRYPTO_ASSET_EXCHANGE, 0)
                .putInForceBySector(Sector.DATA_CENTRE, 0)
                .putInForceBySector(Sector.ONLINE_SHOP, online)
                .putInForceBySector(Sector.OTHER, 0)
                .inForceTotal(financial + online)
                .previousYearTotal(financial)
                .concludedDuringYear(online)
                .terminatedDuringYear(0)
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
        assertThat(lines[0]).startsWith("都道府県コード,都道府県警察,年,基準日,金融機関,暗号資産交換業者,データセンター事業者,オンラインショップ事業者,その他の民間事業者,締結数合計");
        assertThat(lines[1]).isEqualTo("13,警視庁,2024,2024-12-31,3,0,0,2,0,5,3,2,0,1,0");
        assertThat(lines[2]).isEmpty();
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
