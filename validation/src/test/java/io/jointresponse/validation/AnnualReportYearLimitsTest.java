package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.agreement;
import static io.jointresponse.validation.Baseline.annualReportBuilder;
import static io.jointresponse.validation.Expect.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.annual.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ANR-003 compares a report with the records for any period a report can have, the first and last
 * reporting years included.
 */
class AnnualReportYearLimitsTest {

    @ParameterizedTest
    @ValueSource(ints = {ReportingPeriod.FIRST_YEAR, ReportingPeriod.LAST_YEAR})
    void aReportOfTheFirstOrLastReportingYearIsComparedWithTheRecords(int year) {
        ValidationReport report = check(annualReportBuilder().period(ReportingPeriod.calendarYear(year))
                .asOf(LocalDate.of(year, 12, 31)).build(), ValidationContext.of(List.of(agreement())));

        // The records hold no agreement in force in such a year, so every count the report gives differs.
        assertThat(report.ruleIds()).contains("ANR-003");
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.ruleId()).isIn("ANR-003", "NTC-004"));
    }
}
