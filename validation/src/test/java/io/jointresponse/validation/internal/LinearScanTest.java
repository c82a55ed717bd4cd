package io.jointresponse.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.validation.PersonalDataDetector;
import io.jointresponse.validation.PersonalDataDetectors;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scanner of the library does work linear in the length of the text, on the shapes that make
 * naive patterns backtrack without end: long runs of what a match starts with, separators that
 * almost join groups, {@code @} after {@code @}, colon after colon. The work is counted (characters
 * read, {@link FoldedText#reads()}), never timed: a quadratic scanner would read about 10^12
 * characters of a mebibyte, and the bound here is a small multiple of its length.
 */
class LinearScanTest {

    private static final int MEBIBYTE = 1 << 20;

    /** Reads per character that no scanner may exceed, whatever the text. */
    private static final int BOUND = 48;

    static Stream<String> adversarialUnits() {
        return Stream.of(
                "0", "0-", "0 ", "0 (", "(0", "(0)", "+81", "+81 ", "+81(0)", "+810", "03-1234-5678-", "03 1234 5678 ",
                "1", "1 ", "1-", "1111 ", "4111 1111 1111 1111 ", "1234-5678-9018-",
                "a", "a@", "@a", "@a.", "a.@", ".", "a@b.", "-@-.",
                "1.", "1.1.", "255.255.255.255.", "1.2.3.4:",
                ":", "::", "a:", "ff:", "1:2:3:4:5:6:7:8:", "::ffff:1.2.3.",
                "０", "０－", "＠", "ー", "　");
    }

    private static List<FoldingDetector> scanners() {
        return PersonalDataDetectors.standard().stream().map(FoldingDetector.class::cast).toList();
    }

    @ParameterizedTest(name = "\"{0}\" repeated to a mebibyte")
    @MethodSource("adversarialUnits")
    void everyScannerReadsAMebibyteOfAnAdversarialTextInLinearTime(String unit) {
        String text = unit.repeat(MEBIBYTE / unit.length());
        for (FoldingDetector scanner : scanners()) {
            FoldedText folded = FoldedText.of(text);
            long[] spans = {0};
            scanner.scan(folded, (start, end) -> spans[0]++);
            // Every scanner reads every character at least once, and each a bounded number of times.
            assertThat(folded.reads()).as("%s on \"%s\" repeated (%d spans)", scanner.label(), unit, spans[0])
                    .isBetween((long) folded.length(), (long) BOUND * folded.length());
        }
    }

    @ParameterizedTest(name = "\"{0}\" repeated to a mebibyte")
    @MethodSource("adversarialUnits")
    void theWholeTextIsScannedToTheEnd(String unit) {
        // A scanner that gave up early would also read little: a number placed at the very end is found.
        String text = unit.repeat(MEBIBYTE / unit.length()) + " 連絡先 03-1234-5678 yamada@bank.example 192.0.2.1 2001:db8::1 ";
        for (PersonalDataDetector detector : List.of(PersonalDataDetectors.telephoneNumbers(), PersonalDataDetectors.emailAddresses(),
                PersonalDataDetectors.ipv4Addresses(), PersonalDataDetectors.ipv6Addresses())) {
            List<PersonalDataDetector.Span> spans = detector.find(text);
            assertThat(spans).as(detector.label()).isNotEmpty();
            PersonalDataDetector.Span last = spans.get(spans.size() - 1);
            assertThat(last.start()).as(detector.label()).isGreaterThan(text.length() - 60);
        }
    }
}
