package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.fixtures.Generators;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A thousand seeded documents of every kind survive the round trip. A failure names the seed, and
 * {@code new Generators(seed)} replays it.
 */
class GeneratedRoundTripTest {

    private static final int SEEDS = 1000;
    private static final JointResponseJson JSON = JointResponseJson.strict();
    private static final JsonMapper TREE_WRITER = JsonMapper.builder().build();

    static Stream<Arguments> kinds() {
        return Stream.of(
                kind("agreement", Generators::agreement),
                kind("incidentReport", Generators::incidentReport),
                kind("evidenceRequest", Generators::evidenceRequest),
                kind("preventionRelease", Generators::preventionRelease),
                kind("occurrencePublication", Generators::occurrencePublication),
                kind("arrestPublication", Generators::arrestPublication),
                kind("onwardShare", Generators::onwardShare),
                kind("rawOnwardShare", Generators::rawOnwardShare),
                kind("divisionReport", Generators::divisionReport),
                kind("jc3Liaison", Generators::jc3Liaison),
                kind("annualReport", Generators::annualReport),
                kind("nationalCompilation", Generators::nationalCompilation),
                kind("notice", Generators::notice));
    }

    private static Arguments kind(String name, Function<Generators, Object> draw) {
        return Arguments.of(Named.of(name, draw));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aThousandSeededDocumentsSurviveTheRoundTrip(Function<Generators, Object> draw) {
        for (long seed = 0; seed < SEEDS; seed++) {
            Object document = draw.apply(new Generators(seed));
            try {
                RoundTripTest.assertRoundTrip(JSON, document);
            } catch (AssertionError e) {
                throw new AssertionError("Round trip failed for seed " + seed + " (replay with new Generators(" + seed + "L))", e);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theWriterGivesTheBytesOfTheTreeItDescribes(Function<Generators, Object> draw) {
        for (long seed = 0; seed < 100; seed++) {
            Object document = draw.apply(new Generators(seed));
            byte[] viaTree = TREE_WRITER.writeValueAsBytes(JSON.writeTree(document));
            assertThat(JSON.write(document)).as("seed %d", seed).isEqualTo(viaTree);
            assertThat(JSON.writeString(document)).isEqualTo(new String(viaTree, StandardCharsets.UTF_8));
        }
    }
}
