package io.jointresponse.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.jointresponse.core.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Nicolas Seriot's JSONTestSuite ({@code test_parsing}) through {@code validatePayload}: every
 * {@code n_} file is rejected as not well-formed, no {@code y_} file is, and no file of any kind
 * makes an exception escape. The files are not part of this repository: the test looks for
 * {@code shared/data/jsontestsuite/test_parsing} beside the repository (or at the path in the
 * system property {@code jsontestsuite.dir}) and is skipped when it is absent.
 *
 * <p>{@code y_} files are well-formed JSON but, apart from objects that happen to look like one,
 * not documents, so they end in {@code SHAPE-*} findings. The {@code i_} files are those the RFC
 * leaves to the parser; each ends in a finding or a report, and the test only counts which.
 * {@code n_structure_100000_opening_arrays} and {@code n_structure_open_array_object} are
 * malformed and also nested far deeper than the limit of 64: the parser stops at the depth limit
 * before it reaches the syntax error, so they give {@code JSON-LIMIT}, which is accepted for them.
 * The two {@code y_object_duplicated_key*} files are rejected on purpose: RFC 8259 only says names
 * SHOULD be unique, and the wire format rejects a repeated name as {@code JSON-SYNTAX} (see the
 * serialization README) rather than silently keep one of the values.
 */
class JsonTestSuiteTest {

    private static final JointResponseValidator VALIDATOR = JointResponseValidator.create();

    private static Optional<Path> suite() {
        String configured = System.getProperty("jsontestsuite.dir");
        if (configured != null) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            for (Path candidate : List.of(p.resolve("shared/data/jsontestsuite/test_parsing"),
                    p.resolve("../shared/data/jsontestsuite/test_parsing"))) {
                if (Files.isDirectory(candidate)) {
                    return Optional.of(candidate.normalize());
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> ruleIds(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            ValidationReport report = VALIDATOR.validatePayload(bytes);
            assertThat(report.isValid() || !report.findings().isEmpty()).isTrue();
            for (Finding f : report.findings()) {
                assertThat(f.pointer()).isNotNull();
                assertThat(f.message()).isNotBlank();
            }
            return report.findings().stream().map(Finding::ruleId).toList();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return fail("%s: %s escaped validatePayload", file.getFileName(), e, e);
        }
    }

    @Test
    void everyFileEndsInAFindingOrAReportAndNothingCrashes() throws IOException {
        Optional<Path> dir = suite();
        Assumptions.assumeTrue(dir.isPresent(), "JSONTestSuite not found beside the repository");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir.get())) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        int y = 0;
        int yDuplicates = 0;
        int n = 0;
        int nByLimit = 0;
        int iAccepted = 0;
        int iRejected = 0;
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            List<String> ids = ruleIds(file);
            boolean syntax = ids.contains("JSON-SYNTAX");
            boolean limit = ids.contains("JSON-LIMIT");
            if (name.startsWith("y_")) {
                y++;
                if (name.startsWith("y_object_duplicated_key")) {
                    yDuplicates++;
                    if (!ids.equals(List.of("JSON-SYNTAX"))) {
                        problems.add(name + " repeats a name but gave " + ids);
                    }
                } else if (syntax || limit) {
                    problems.add(name + " is valid JSON but gave " + ids);
                }
            } else if (name.startsWith("n_")) {
                n++;
                if (limit && !syntax && (name.contains("100000_opening_arrays") || name.contains("open_array_object"))) {
                    nByLimit++;
                } else if (!ids.equals(List.of("JSON-SYNTAX"))) {
                    problems.add(name + " is malformed but gave " + ids);
                }
            } else if (name.startsWith("i_")) {
                if (syntax || limit) {
                    iRejected++;
                } else {
                    iAccepted++;
                }
            }
        }
        System.out.printf("JSONTestSuite: %d y (%d accepted as JSON, %d with a duplicate name rejected by design), "
                + "%d n rejected (%d of them by the depth limit), %d i: %d accepted, %d rejected%n",
                y, y - yDuplicates, yDuplicates, n, nByLimit, iAccepted + iRejected, iAccepted, iRejected);
        assertThat(problems).isEmpty();
        assertThat(y).isPositive();
        assertThat(n).isPositive();
    }
}
