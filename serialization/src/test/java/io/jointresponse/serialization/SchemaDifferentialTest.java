package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.fixtures.FixtureManifest;
import io.jointresponse.fixtures.Generators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schemas say what the reader says. An independent draft 2020-12 validator
 * (networknt json-schema-validator) with the committed schemas, and the library's strict reader,
 * judge every fixture payload, ten thousand seeded documents and seeded mutations of every kind of
 * document; their verdicts on structure (the reader: any {@code JSON-*} or {@code SHAPE-*} finding;
 * the validator: any error) must agree, except where a {@link DocumentedDifference} explains the
 * disagreement. Rule findings of the notices are not structure and are never asked for: the reader
 * alone is run. Each test runs twice: with formats asserted and with formats as annotations.
 *
 * <p>A failure prints the seed, the mutation and both verdicts; {@code new Generators(seed)} and
 * {@code new SplittableRandom(seed)} replay it. The figures are printed at the end, and
 * {@code serialization/README.md} quotes them.
 */
class SchemaDifferentialTest {

    /** How many seeded documents are judged. */
    static final int GENERATED_DOCUMENTS = 10_000;
    /** How many mutations each kind of document gets of each kind of change. */
    static final int MUTATIONS_PER_KIND_AND_CHANGE = 18;
    /** The first seed of the mutations, apart from those of the generated documents. */
    static final long MUTATION_SEEDS = 1_000_000L;

    private static final JointResponseJson READER = JointResponseJson.strict();
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final JsonMapper NO_DUPLICATES = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Map<Mode, Map<String, Tally>> TALLIES = new ConcurrentHashMap<>();

    /** How the validator treats {@code format}. */
    enum Mode {
        /** {@code format} is asserted: a date must be a date of RFC 3339. */
        FORMATS_ASSERTED(true),
        /** {@code format} is an annotation only, the default of draft 2020-12. */
        FORMATS_AS_ANNOTATIONS(false);

        private final Map<DocumentKind, Schema> schemas = new ConcurrentHashMap<>();
        private final SchemaRegistry registry;

        Mode(boolean assertFormats) {
            this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(assertFormats)
                            .pathType(PathType.JSON_POINTER)
                            .build()));
        }

        Schema schema(DocumentKind kind) {
            return schemas.computeIfAbsent(kind, k -> registry.getSchema(JointResponseJson.schema(k)));
        }
    }

    /**
     * Both verdicts on one payload.
     *
     * @param mode how the validator treated formats
     * @param kind the kind whose schema judged the payload
     * @param payload the bytes judged
     * @param tree the payload as a JSON parser that keeps the last of repeated names reads it; null
     *     when it is not JSON
     * @param structuralFindings the reader's wire-format findings
     * @param schemaErrors the validator's errors; empty when the payload is not JSON
     */
    record Judgement(Mode mode, DocumentKind kind, byte[] payload, JsonNode tree, List<Finding> structuralFindings, List<Error> schemaErrors) {

        boolean readerRejects() {
            return !structuralFindings.isEmpty();
        }

        boolean schemaRejects() {
            return tree == null || !schemaErrors.isEmpty();
        }

        boolean agree() {
            return readerRejects() == schemaRejects();
        }

        boolean readerHas(String ruleId) {
            return structuralFindings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
        }

        /** @return the value a finding points at, or null when the pointer resolves to nothing */
        JsonNode at(Finding finding) {
            if (tree == null) {
                return null;
            }
            JsonNode node = tree.at(finding.pointer().toString());
            return node.isMissingNode() ? null : node;
        }

        boolean hasDuplicateNames() {
            try {
                NO_DUPLICATES.readTree(payload);
                return false;
            } catch (JacksonException e) {
                return true;
            }
        }

        String verdicts() {
            return "reader " + (readerRejects() ? "rejects " + DocumentedDifference.ids(structuralFindings) : "accepts")
                    + ", schema " + (tree == null ? "rejects (not JSON)"
                            : schemaRejects() ? "rejects " + DocumentedDifference.describe(schemaErrors) : "accepts");
        }
    }

    /** The figures of one corpus in one mode. */
    static final class Tally {
        int judged;
        int agreements;
        int bothReject;
        final Map<DocumentedDifference, Integer> differences = new EnumMap<>(DocumentedDifference.class);
        final List<String> unexplained = new ArrayList<>();

        void add(String origin, Judgement j) {
            judged++;
            if (j.agree()) {
                agreements++;
                if (j.readerRejects()) {
                    bothReject++;
                }
                return;
            }
            DocumentedDifference d = DocumentedDifference.explaining(j);
            if (d != null) {
                differences.merge(d, 1, Integer::sum);
            } else {
                unexplained.add(origin + ": " + j.verdicts());
            }
        }

        void assertExplained(Mode mode) {
            if (!unexplained.isEmpty()) {
                fail(unexplained.size() + " of " + judged + " payloads where the schemas (" + mode + ") and the reader"
                        + " disagree with no documented difference to explain it; the first ones:\n  "
                        + String.join("\n  ", unexplained.subList(0, Math.min(25, unexplained.size()))));
            }
        }

        @Override
        public String toString() {
            return judged + " judged, " + agreements + " agree (" + (agreements - bothReject) + " accepted by both, "
                    + bothReject + " rejected by both), documented differences " + differences
                    + (unexplained.isEmpty() ? "" : ", UNEXPLAINED " + unexplained.size());
        }
    }

    /**
     * One payload to judge, with the reader's wire-format findings, which do not depend on how the
     * validator treats formats.
     */
    private record Case(String origin, DocumentKind kind, byte[] payload, List<Finding> structural) {
        Case(String origin, DocumentKind kind, byte[] payload) {
            this(origin, kind, payload, READER.read(payload, kind.type()).findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR && (f.ruleId().startsWith("JSON-") || f.ruleId().startsWith("SHAPE-")))
                    .collect(Collectors.toList()));
        }
    }

    private static final Map<String, List<Case>> CORPORA = new ConcurrentHashMap<>();

    private static List<Case> fixtures() {
        return CORPORA.computeIfAbsent("fixtures", c -> FixtureManifest.entries().stream()
                .map(e -> new Case(e.file(), DocumentKind.ofWireName(e.kind()).orElseThrow(), e.payload()))
                .collect(Collectors.toList()));
    }

    private static List<Case> generated() {
        return CORPORA.computeIfAbsent("generated", c -> {
            DocumentKind[] kinds = DocumentKind.values();
            List<Case> cases = new ArrayList<>();
            for (long seed = 0; seed < GENERATED_DOCUMENTS; seed++) {
                DocumentKind kind = kinds[(int) (seed % kinds.length)];
                cases.add(new Case("seed " + seed + " (" + kind.wireName() + ")", kind,
                        READER.write(new Generators(seed).document(kind))));
            }
            return cases;
        });
    }

    private static final Map<PayloadMutations.Kind, Set<DocumentKind>> MUTATED = new ConcurrentHashMap<>();

    private static List<Case> mutations() {
        return CORPORA.computeIfAbsent("mutations", c -> {
            List<Case> cases = new ArrayList<>();
            long seed = MUTATION_SEEDS;
            for (DocumentKind kind : DocumentKind.values()) {
                for (PayloadMutations.Kind change : PayloadMutations.Kind.values()) {
                    for (int i = 0; i < MUTATIONS_PER_KIND_AND_CHANGE; i++, seed++) {
                        JsonNode document = READER.writeTree(new Generators(seed).document(kind));
                        PayloadMutations.Mutation mutation = PayloadMutations.mutate(document, change, new SplittableRandom(seed));
                        cases.add(new Case("seed " + seed + ", " + kind.wireName() + ", " + mutation, kind,
                                PLAIN.writeValueAsBytes(mutation.tree())));
                        MUTATED.computeIfAbsent(change, k -> EnumSet.noneOf(DocumentKind.class)).add(kind);
                    }
                }
            }
            return cases;
        });
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void everyFixturePayloadGetsTheSameVerdict(Mode mode) {
        Tally tally = judgeAll(mode, "fixture payloads", fixtures());
        assertThat(tally.judged).isEqualTo(FixtureManifest.entries().size());
        tally.assertExplained(mode);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void tenThousandSeededDocumentsGetTheSameVerdict(Mode mode) {
        Tally tally = judgeAll(mode, "generated documents", generated());
        assertThat(tally.judged).isEqualTo(GENERATED_DOCUMENTS);
        tally.assertExplained(mode);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void seededMutationsOfEveryKindGetTheSameVerdict(Mode mode) {
        Tally tally = judgeAll(mode, "mutations", mutations());
        assertThat(tally.judged).isGreaterThanOrEqualTo(2_000);
        assertThat(MUTATED.keySet()).containsExactlyInAnyOrder(PayloadMutations.Kind.values());
        MUTATED.values().forEach(kinds -> assertThat(kinds).containsExactlyInAnyOrder(DocumentKind.values()));
        tally.assertExplained(mode);
    }

    private static Tally judgeAll(Mode mode, String corpus, List<Case> cases) {
        Tally tally = tally(mode, corpus);
        cases.forEach(c -> tally.add(c.origin(), judge(mode, c)));
        return tally;
    }

    @Test
    void everyDocumentedDifferenceIsListedInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (DocumentedDifference d : DocumentedDifference.values()) {
            assertThat(readme).as("serialization/README.md lists %s", d).contains("`" + d.name() + "`");
        }
    }

    @AfterAll
    static void printFigures() {
        StringBuilder sb = new StringBuilder("Schema/reader differential figures:\n");
        for (Mode mode : Mode.values()) {
            Map<String, Tally> tallies = TALLIES.getOrDefault(mode, Map.of());
            new TreeMap<>(tallies).forEach((corpus, t) -> sb.append("  ").append(mode).append(", ").append(corpus)
                    .append(": ").append(t).append('\n'));
            tallies.values().stream().flatMap(t -> t.unexplained.stream()).limit(40)
                    .forEach(u -> sb.append("    unexplained: ").append(u).append('\n'));
        }
        System.out.print(sb);
    }

    private static Tally tally(Mode mode, String corpus) {
        Tally tally = new Tally();
        TALLIES.computeIfAbsent(mode, m -> new ConcurrentHashMap<>()).put(corpus, tally);
        return tally;
    }

    /** Judges one payload with the kind's schema, beside the reader's verdict. */
    private static Judgement judge(Mode mode, Case c) {
        JsonNode tree;
        try {
            tree = PLAIN.readTree(c.payload());
        } catch (JacksonException notJson) {
            return new Judgement(mode, c.kind(), c.payload(), null, c.structural(), List.of());
        }
        return new Judgement(mode, c.kind(), c.payload(), tree, c.structural(), mode.schema(c.kind()).validate(tree));
    }
}
