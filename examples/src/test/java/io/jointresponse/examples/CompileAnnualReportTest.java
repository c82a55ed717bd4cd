package io.jointresponse.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompileAnnualReportTest {

    private static String output() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompileAnnualReport.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheCountsOfTheSampleAgreements() {
        // Bank in force since 2023; exchange concluded and terminated in 2024; data centre on the
        // existing channel, so it is not counted as an agreement.
        assertThat(output())
                .contains("Annual report 2024 as of 2024-12-31:")
                .contains("in force:              1 {FINANCIAL_INSTITUTION=1, CRYPTO_ASSET_EXCHANGE=0, DATA_CENTRE=0, ONLINE_SHOP=0, OTHER=0}")
                .contains("in force a year ago:   1")
                .contains("concluded in the year: 1")
                .contains("terminated in the year: 1")
                .contains("existing channels:     1")
                .contains("vendor counterparts:   1");
    }

    @Test
    void neverPrintsTheBusinessNames() {
        assertThat(output())
                .contains("[redacted]")
                .doesNotContain("さくら銀行")
                .doesNotContain("みはり監視")
                .doesNotContain("あおぞら")
                .doesNotContain("ひかり");
    }
}
