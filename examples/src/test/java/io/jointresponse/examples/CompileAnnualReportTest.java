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
                .contains("Annual report 2024-01-01 to 2024-12-31 as of 2024-12-31 (the library's default (not the separate instruction of notice 217, section 8)):")
                .contains("in force:               1 {FINANCIAL_INSTITUTION=1, CRYPTO_ASSET_EXCHANGE=0, DATA_CENTRE=0, ONLINE_SHOP=0, OTHER=0}")
                .contains("in force at the start:  1")
                .contains("concluded in the period: 1")
                .contains("terminated in the period: 1")
                .contains("existing channels:      1")
                .contains("vendor counterparts:    1");
    }

    @Test
    void followsAGivenInstructionForTheFiscalYear() {
        // Fiscal 2024 runs from 2024-04-01 to 2025-03-31: the exchange was concluded before it began
        // and terminated during it; only the three items asked for are counted.
        assertThat(output())
                .contains("Annual report 2024-04-01 to 2025-03-31 as of 2025-03-31 (an instruction given to the library, such as the NPA's separate instruction):")
                .contains("in force:               1 {}")
                .contains("in force at the start:  (not counted)")
                .contains("concluded in the period: 0")
                .contains("existing channels:      1");
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
