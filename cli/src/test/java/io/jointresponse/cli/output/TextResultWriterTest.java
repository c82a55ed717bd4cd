package io.jointresponse.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.validation.NotChecked;
import io.jointresponse.validation.RunSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts read as English writes them, in every line that prints one. */
class TextResultWriterTest {

    @ParameterizedTest
    @CsvSource({"0, 0 errors", "1, 1 error", "2, 2 errors", "1000, 1000 errors"})
    void aCountIsSingularForExactlyOne(long count, String expected) {
        assertThat(Counts.of(count, "error")).isEqualTo(expected);
    }

    @Test
    void oneErrorAndOneWarningAreSingular() {
        String text = write(Locale.ENGLISH, result("a.json", 1, 1));

        assertThat(text).contains("a.json: invalid (1 error, 1 warning)\n")
                .endsWith("1 document: 0 valid, 1 invalid, 0 unreadable (1 error, 1 warning)\n");
    }

    @Test
    void twoOfEachArePlural() {
        String text = write(Locale.ENGLISH, result("a.json", 2, 0), result("b.json", 0, 2));

        assertThat(text).contains("a.json: invalid (2 errors, 0 warnings)\n").contains("b.json: valid (0 errors, 2 warnings)\n")
                .endsWith("2 documents: 1 valid, 1 invalid, 0 unreadable (2 errors, 2 warnings)\n");
    }

    @Test
    void japaneseCountsNeedNoPlural() {
        String text = write(Locale.JAPANESE, result("a.json", 1, 2));

        assertThat(text).contains("a.json: 不適合 (エラー 1, 警告 2)\n").endsWith("合計 1 件: 適合 0, 不適合 1, 読み取り不能 0 (エラー 1, 警告 2)\n");
    }

    /** The columns of finding lines, as String.format wrote them before they were built by hand. */
    @Test
    void findingAndUncheckedLinesKeepTheirColumns() {
        List<Finding> findings = List.of(
                Finding.of("AGR-001", Severity.ERROR, JsonPointer.of("partner", "sector"), "m1", "A §1"),
                Finding.of("SHAPE-UNKNOWN", Severity.WARNING, JsonPointer.root(), "m2", "wire"),
                Finding.of("A-RULE-ID-LONGER-THAN-13", Severity.ERROR, JsonPointer.of("x"), "m3", "B §3(2)"));
        NotChecked unchecked = new NotChecked("INC-001", NotChecked.Reason.NO_AGREEMENT_LOOKUP, "needs the agreement");
        String text = write(Locale.ENGLISH, new DocumentResult("a.json", findings, List.of(unchecked), false, List.of()));

        List<String> expected = new ArrayList<>();
        for (Finding f : findings) {
            expected.add(String.format(Locale.ROOT, "  %-7s %-13s %s  %s  [%s]", f.severity(), f.ruleId(),
                    f.pointer().isRoot() ? "(root)" : f.pointer().toString(), f.message(), f.clause()));
        }
        expected.add(String.format(Locale.ROOT, "  %-7s %-13s %s  (%s)", "UNCHECKED", "INC-001", "needs the agreement",
                NotChecked.Reason.NO_AGREEMENT_LOOKUP));
        assertThat(text.lines().skip(1).limit(4)).containsExactlyElementsOf(expected);
        assertThat(expected.get(0)).isEqualTo("  ERROR   AGR-001       /partner/sector  m1  [A §1]");
    }

    private static DocumentResult result(String source, int errors, int warnings) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(Collections.nCopies(errors, Finding.of("AGR-001", Severity.ERROR, JsonPointer.of("partner"), "m", "A §1")));
        findings.addAll(Collections.nCopies(warnings, Finding.of("AGR-002", Severity.WARNING, JsonPointer.root(), "m", "A §1")));
        return new DocumentResult(source, findings, false);
    }

    private static String write(Locale locale, DocumentResult... results) {
        StringWriter out = new StringWriter();
        TextResultWriter writer = new TextResultWriter(new PrintWriter(out, true), locale);
        RunSummary summary = new RunSummary();
        for (DocumentResult r : results) {
            writer.document(r);
            summary.add(r.findings(), !r.notChecked().isEmpty(), r.unreadable());
        }
        writer.finish(summary);
        return out.toString().replace(System.lineSeparator(), "\n");
    }
}
