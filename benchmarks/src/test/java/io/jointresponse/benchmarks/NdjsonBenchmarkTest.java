package io.jointresponse.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.validation.JointResponseValidator;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NdjsonBenchmarkTest {

    /** Both sides of the figures read these lines: each a valid document on a line of its own, none repeated. */
    @Test
    void theLinesAreDistinctValidDocumentsWithoutLineEnds() {
        List<byte[]> lines = NdjsonBenchmark.lines(Payload.SEED, 200);
        Set<String> distinct = new HashSet<>();
        JointResponseValidator validator = JointResponseValidator.create();
        for (byte[] line : lines) {
            String text = new String(line, StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("\n").doesNotContain("\r");
            assertThat(validator.validatePayload(line).isValid()).as(text).isTrue();
            distinct.add(text);
        }
        assertThat(distinct).hasSize(200);
    }
}
