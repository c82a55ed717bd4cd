package io.jointresponse.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.fixtures.FixtureFiles;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.ReadResult;
import io.jointresponse.serialization.WireRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every payload the fixtures module ships, as its {@code manifest.json} lists it, gives exactly the
 * rule ids the manifest expects: the valid payloads none, each invalid payload the rule it is named
 * after and nothing else. The validator runs on the fixed clock of the manifest's convention; an entry
 * with {@code agreements} is validated with those agreement records as context, any other with the
 * empty context.
 */
class ManifestTest {

    /** The clock of the manifest's convention (see the fixtures' README.md). */
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-01-01T00:00:00+09:00");

    private static final JointResponseValidator VALIDATOR = JointResponseValidator.builder()
            .clock(Clock.fixed(NOW.toInstant(), ZoneId.of("Asia/Tokyo")))
            .build();

    private static final JointResponseJson JSON = JointResponseJson.strict();

    /** The payload sources, from the validation module's directory (the tests' working directory). */
    private static final Path PAYLOAD_SOURCES = Path.of("..", "fixtures", "src", "main", "resources", "io", "jointresponse",
            "fixtures", "payloads");

    private static final Set<String> ENTRY_PROPERTIES = Set.of("file", "kind", "expect", "agreements");

    /**
     * One manifest entry.
     *
     * @param file the payload, relative to the manifest
     * @param kind the wire name of the payload's kind
     * @param expect the rule ids the payload must give, no more and no fewer
     * @param agreements the agreement records of the context; empty for the empty context
     */
    record Entry(String file, String kind, Set<String> expect, List<String> agreements) {
        boolean isValid() {
            return file.startsWith("payloads/valid/");
        }

        @Override
        public String toString() {
            return file;
        }
    }

    private static final List<Entry> ENTRIES = readManifest();

    static List<Entry> entries() {
        return ENTRIES;
    }

    private static List<Entry> readManifest() {
        JsonNode manifest = JsonMapper.builder().build().readTree(FixtureFiles.manifest());
        assertThat(manifest.isArray()).as("the manifest is an array").isTrue();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < manifest.size(); i++) {
            JsonNode e = manifest.get(i);
            Set<String> properties = new TreeSet<>();
            e.properties().forEach(p -> properties.add(p.getKey()));
            assertThat(ENTRY_PROPERTIES).as("properties of manifest entry %d", i).containsAll(properties);
            assertThat(e.path("file").isString()).as("file of manifest entry %d", i).isTrue();
            assertThat(e.path("kind").isString()).as("kind of manifest entry %d", i).isTrue();
            assertThat(e.path("expect").isArray()).as("expect of manifest entry %d", i).isTrue();
            entries.add(new Entry(e.get("file").stringValue(), e.get("kind").stringValue(), strings(e.get("expect")),
                    List.copyOf(strings(e.path("agreements")))));
        }
        return List.copyOf(entries);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        for (int i = 0; i < array.size(); i++) {
            values.add(array.get(i).stringValue());
        }
        return values;
    }

    private static ValidationContext context(Entry entry) {
        if (entry.agreements().isEmpty()) {
            return ValidationContext.empty();
        }
        List<Agreement> records = new ArrayList<>();
        for (String file : entry.agreements()) {
            ReadResult<Agreement> read = JSON.read(FixtureFiles.read(file), Agreement.class);
            assertThat(read.findings()).as("agreement record %s of %s", file, entry.file()).isEmpty();
            records.add(read.document().orElseThrow());
        }
        return ValidationContext.of(records);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void payloadGivesExactlyTheExpectedRuleIds(Entry entry) {
        byte[] payload = FixtureFiles.read(entry.file());
        ValidationReport report = VALIDATOR.validatePayload(payload, context(entry));

        assertThat(report.ruleIds())
                .as("%s: expected rule ids %s, got %s; %s", entry.file(), entry.expect(), report.ruleIds(), report)
                .isEqualTo(entry.expect());

        // The kind: of the document read, or else of the payload as far as the reader got.
        Object document = report.document().orElse(null);
        if (document != null) {
            assertThat(DocumentKind.ofType(document.getClass()).map(DocumentKind::wireName))
                    .as("%s: kind of the document read", entry.file())
                    .contains(entry.kind());
        } else {
            JSON.read(payload).kind().ifPresent(k -> assertThat(k.wireName())
                    .as("%s: kind named by the payload", entry.file())
                    .isEqualTo(entry.kind()));
        }
        if (entry.isValid()) {
            assertThat(document).as("%s reads as a document", entry.file()).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void entryIsNamedAfterWhatItExpects(Entry entry) {
        Set<String> known = new TreeSet<>(WireRules.ids());
        RuleCatalogue.all().forEach(r -> known.add(r.id()));
        assertThat(known).as("%s: expected ids are rule or wire-format ids", entry.file()).containsAll(entry.expect());
        assertThat(DocumentKind.ofWireName(entry.kind())).as("%s: kind", entry.file()).isPresent();
        if (entry.isValid()) {
            assertThat(entry.expect()).as("%s: a valid payload expects nothing", entry.file()).isEmpty();
        } else {
            assertThat(entry.file()).as("an invalid payload sits under payloads/invalid/").startsWith("payloads/invalid/");
            assertThat(entry.expect()).as("%s: an invalid payload expects a finding", entry.file()).isNotEmpty();
            String name = entry.file().substring("payloads/invalid/".length());
            assertThat(entry.expect()).as("%s is named after the rule it breaks", entry.file())
                    .anyMatch(id -> name.startsWith(id + "-"));
        }
    }

    @Test
    void everyRuleHasAnInvalidPayloadThatBreaksIt() {
        Set<String> covered = ENTRIES.stream()
                .filter(e -> !e.isValid())
                .flatMap(e -> e.expect().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> uncovered = RuleCatalogue.all().stream()
                .map(RuleDescription::id)
                .filter(id -> !covered.contains(id))
                .toList();
        assertThat(uncovered).as("rules without an invalid payload").isEmpty();
    }

    @Test
    void everyKindHasAValidPayload() {
        Set<String> validKinds = ENTRIES.stream().filter(Entry::isValid).map(Entry::kind).collect(Collectors.toSet());
        List<String> missing = Arrays.stream(DocumentKind.values())
                .map(DocumentKind::wireName)
                .filter(k -> !validKinds.contains(k))
                .toList();
        assertThat(missing).as("kinds without a valid payload").isEmpty();
    }

    @Test
    void everyPayloadFileIsListedExactlyOnce() throws IOException {
        Map<String, Long> listed = ENTRIES.stream()
                .collect(Collectors.groupingBy(Entry::file, HashMap::new, Collectors.counting()));
        assertThat(listed.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
                .as("payloads listed more than once")
                .isEmpty();

        assertThat(PAYLOAD_SOURCES).as("the payload sources, from the validation module").isDirectory();
        Set<String> files;
        try (Stream<Path> walk = Files.walk(PAYLOAD_SOURCES)) {
            files = walk.filter(Files::isRegularFile)
                    .map(p -> "payloads/" + PAYLOAD_SOURCES.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(listed.keySet()).as("files the manifest lists").containsExactlyInAnyOrderElementsOf(files);
        for (Entry e : ENTRIES) {
            for (String agreement : e.agreements()) {
                assertThat(files).as("agreement record of %s", e.file()).contains(agreement);
            }
        }
    }
}
