package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.fixtures.Generators;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Every kind, each value type apart (a disclosure decision is either), and the share that still
     * carries classified data.
     */
    static Stream<Arguments> kinds() {
        List<Arguments> kinds = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.isPolymorphic()) {
                kind.valueTypes().forEach(t -> kinds.add(kind(t.getSimpleName(), g -> valueOf(g, kind, t))));
            } else {
                kinds.add(kind(kind.wireName(), g -> g.document(kind)));
            }
        }
        kinds.add(kind("rawOnwardShare", Generators::rawOnwardShare));
        return kinds.stream();
    }

    /** Draws documents of a kind until one is of the value type; the generators pick each often. */
    private static Document valueOf(Generators generators, DocumentKind kind, Class<? extends Document> type) {
        while (true) {
            Document document = generators.document(kind);
            if (type.isInstance(document)) {
                return document;
            }
        }
    }

    private static Arguments kind(String name, Function<Generators, Document> draw) {
        return Arguments.of(Named.of(name, draw));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aThousandSeededDocumentsSurviveTheRoundTrip(Function<Generators, Document> draw) {
        for (long seed = 0; seed < SEEDS; seed++) {
            Document document = draw.apply(new Generators(seed));
            try {
                RoundTripTest.assertRoundTrip(JSON, document);
            } catch (AssertionError e) {
                throw new AssertionError("Round trip failed for seed " + seed + " (replay with new Generators(" + seed + "L))", e);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theWriterGivesTheBytesOfTheTreeItDescribes(Function<Generators, Document> draw) {
        for (long seed = 0; seed < 100; seed++) {
            Document document = draw.apply(new Generators(seed));
            byte[] viaTree = TREE_WRITER.writeValueAsBytes(JSON.writeTree(document));
            assertThat(JSON.write(document)).as("seed %d", seed).isEqualTo(viaTree);
            assertThat(JSON.writeString(document)).isEqualTo(new String(viaTree, StandardCharsets.UTF_8));
        }
    }
}
