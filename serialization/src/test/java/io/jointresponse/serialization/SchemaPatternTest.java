package io.jointresponse.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.jointresponse.core.calendar.JapaneseDate;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.core.notice.NoticeNumber;
import io.jointresponse.core.notice.Retention;
import io.jointresponse.core.notice.Validity;
import io.jointresponse.fixtures.Generators;
import io.jointresponse.serialization.internal.WireTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The patterns of the committed schemas accept exactly the texts the reader's parsers accept:
 * dates and date-times ({@code WireTime}), notice numbers, Japanese-calendar dates, retentions and
 * validities (the model's parsers). The texts are those of seeded documents, each rewritten up to
 * three times in other notations (full-width and kanji numerals, spacing, era signs, other ISO
 * layouts, impossible days); a failure names the seed and the text.
 */
class SchemaPatternTest {

    private static final int SEEDS = 400;
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

    /**
     * A grammar: where its pattern is in a committed schema, what its parser accepts, and the
     * values of a generated document that it reads.
     */
    private record Grammar(DocumentKind kind, String pointer, Predicate<String> parser, Predicate<String> values) {}

    static Stream<Arguments> grammars() {
        return Stream.of(
                grammar("date", new Grammar(DocumentKind.AGREEMENT, "/properties/concludedOn/pattern", WireTime::isDate,
                        v -> ISO_DATE.matcher(v).matches())),
                grammar("date-time", new Grammar(DocumentKind.INCIDENT_REPORT, "/properties/occurredAt/pattern",
                        WireTime::isDateTime, v -> ISO_DATE_TIME.matcher(v).matches())),
                grammar("notice number", new Grammar(DocumentKind.NOTICE, "/$defs/NoticeNumber/pattern",
                        reads(NoticeNumber::parse), v -> v.endsWith("号"))),
                grammar("Japanese date", new Grammar(DocumentKind.NOTICE, "/$defs/JapaneseDate/pattern",
                        reads(JapaneseDate::parse), v -> v.endsWith("日"))),
                grammar("retention", new Grammar(DocumentKind.NOTICE, "/$defs/Retention/pattern",
                        reads(Retention::parse), v -> v.contains("年(") && v.endsWith(")"))),
                grammar("validity", new Grammar(DocumentKind.NOTICE, "/$defs/Validity/pattern",
                        reads(Validity::parse), v -> v.contains("種("))));
    }

    private static Arguments grammar(String name, Grammar grammar) {
        return Arguments.of(Named.of(name, grammar));
    }

    private static Predicate<String> reads(java.util.function.Function<String, ?> parser) {
        return text -> {
            try {
                parser.apply(text);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        };
    }

    @ParameterizedTest
    @MethodSource("grammars")
    void thePatternAcceptsWhatTheParserAccepts(Grammar grammar) {
        JsonNode schema = PLAIN.readTree(JointResponseJson.schema(grammar.kind()));
        String text = schema.at(grammar.pointer()).stringValue();
        assertThat(text).as("pattern at %s of %s", grammar.pointer(), grammar.kind()).isNotNull();
        Pattern pattern = Pattern.compile(text);
        // A pattern the value must not match, beside the one it must.
        String parent = grammar.pointer().substring(0, grammar.pointer().lastIndexOf('/'));
        JsonNode not = schema.at(parent + "/not/pattern");
        Pattern refused = not.isMissingNode() ? null : Pattern.compile(not.stringValue());
        int judged = 0;
        int accepted = 0;
        List<String> disagreements = new ArrayList<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            for (String value : values(seed, grammar)) {
                for (String candidate : variants(value, random)) {
                    boolean parsed = grammar.parser().test(candidate);
                    boolean matched = pattern.matcher(candidate).find() && (refused == null || !refused.matcher(candidate).find());
                    judged++;
                    accepted += parsed ? 1 : 0;
                    if (parsed != matched && !documented(candidate, parsed)) {
                        disagreements.add("seed " + seed + ": " + PLAIN.getNodeFactory().stringNode(candidate)
                                + " parser " + (parsed ? "accepts" : "rejects") + ", pattern " + (matched ? "accepts" : "rejects"));
                    }
                }
            }
        }
        System.out.printf("Pattern of %s at %s: %d texts, %d accepted by the parser, %d disagreements%n",
                grammar.kind().wireName(), grammar.pointer(), judged, accepted, disagreements.size());
        if (!disagreements.isEmpty()) {
            fail(disagreements.size() + " texts where the pattern and the parser disagree:\n  "
                    + String.join("\n  ", disagreements.subList(0, Math.min(30, disagreements.size()))));
        }
        assertThat(judged).isGreaterThan(2_000);
        assertThat(accepted).as("texts the parser accepts").isGreaterThan(judged / 10).isLessThan(judged);
    }

    /** The documented differences a pattern may show: 29 February of an era year, NFKC beyond one character. */
    private static boolean documented(String text, boolean parsed) {
        return parsed ? DocumentedDifference.changesBeyondOneCharacter(text) : DocumentedDifference.namesLeapDay(text);
    }

    /** The texts of a grammar in the documents of one seed. */
    private static Set<String> values(long seed, Grammar grammar) {
        Generators generators = new Generators(seed);
        JointResponseJson json = JointResponseJson.strict();
        Set<String> values = new LinkedHashSet<>();
        collect(json.writeTree(generators.document(grammar.kind())), grammar.values(), values);
        if (grammar.kind() != DocumentKind.NOTICE) {
            collect(json.writeTree(generators.document(DocumentKind.values()[(int) (seed % DocumentKind.values().length)])),
                    grammar.values(), values);
        }
        return values;
    }

    private static void collect(JsonNode node, Predicate<String> wanted, Set<String> values) {
        if (node.isString() && wanted.test(node.stringValue())) {
            values.add(node.stringValue());
        }
        node.forEach(child -> collect(child, wanted, values));
    }

    /** The text itself and rewrites of it, each by up to three rewrites in a row. */
    private static List<String> variants(String value, SplittableRandom random) {
        List<String> variants = new ArrayList<>();
        variants.add(value);
        for (int i = 0; i < 12; i++) {
            String variant = value;
            int rewrites = 1 + random.nextInt(3);
            for (int r = 0; r < rewrites; r++) {
                variant = PayloadMutations.Notations.rewrite(variant, random);
            }
            variants.add(variant);
        }
        return variants;
    }
}
