package io.jointresponse.validation;

import static io.jointresponse.validation.Baseline.agreement;
import static io.jointresponse.validation.Baseline.annualReport;
import static io.jointresponse.validation.Expect.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ANR-003 compares a report with the records only for a year the calendar can count around. */
class AnnualReportYearLimitsTest {

    @ParameterizedTest
    @ValueSource(ints = {Year.MIN_VALUE, Year.MAX_VALUE})
    void aReportOfTheFirstOrLastYearTheCalendarKnowsIsNotComparedWithTheRecords(int year) {
        ValidationReport report = check(annualReport().withYear(year).withAsOf(LocalDate.of(year, 12, 31)),
                ValidationContext.of(List.of(agreement())));
        assertThat(report.ruleIds()).doesNotContain("ANR-003");
    }
}
