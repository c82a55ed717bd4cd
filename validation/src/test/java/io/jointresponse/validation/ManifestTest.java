package io.jointresponse.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.fixtures.FixtureFiles;
import io.jointresponse.fixtures.FixtureManifest;
import io.jointresponse.fixtures.ManifestEntry;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.ReadResult;
import io.jointresponse.serialization.WireRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Every payload the fixtures module ships, as its {@code manifest.json} lists it, gives exactly the
 * rule ids the manifest expects: the valid payloads none, each invalid payload the rule it is named
 * after and nothing else. The validator runs on the fixed clock of the manifest's convention; an entry
 * with {@code agreements} is validated with those agreement records as context, any other with the
 * empty context.
 */
class ManifestTest {

    private static final JointResponseValidator VALIDATOR = JointResponseValidator.builder()
            .clock(FixtureManifest.CLOCK)
            .build();

    private static final JointResponseJson JSON = JointResponseJson.strict();

    /** The payload sources, from the validation module's directory (the tests' working directory). */
    private static final Path PAYLOAD_SOURCES = Path.of("..", "fixtures", "src", "main", "resources", "io", "jointresponse",
            "fixtures", "payloads");

    private static final List<ManifestEntry> ENTRIES = FixtureManifest.entries();

    static List<ManifestEntry> entries() {
        return ENTRIES;
    }

    private static ValidationContext context(ManifestEntry entry) {
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
    void payloadGivesExactlyTheExpectedRuleIds(ManifestEntry entry) {
        byte[] payload = entry.payload();
        ValidationReport report = VALIDATOR.validatePayload(payload, context(entry));

        assertThat(report.ruleIds())
                .as("%s: expected rule ids %s, got %s; %s", entry.file(), entry.expectedRuleIds(), report.ruleIds(), report)
                .isEqualTo(entry.expectedRuleIds());

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
    void entryIsNamedAfterWhatItExpects(ManifestEntry entry) {
        Set<String> known = new TreeSet<>(WireRules.ids());
        RuleCatalogue.all().forEach(r -> known.add(r.id()));
        assertThat(known).as("%s: expected ids are rule or wire-format ids", entry.file()).containsAll(entry.expectedRuleIds());
        assertThat(DocumentKind.ofWireName(entry.kind())).as("%s: kind", entry.file()).isPresent();
        if (entry.isValid()) {
            assertThat(entry.file()).as("a payload that expects nothing sits under payloads/valid/").startsWith("payloads/valid/");
        } else {
            assertThat(entry.file()).as("an invalid payload sits under payloads/invalid/").startsWith("payloads/invalid/");
            assertThat(entry.expectedRuleIds()).as("%s is named after the rule it breaks", entry.file())
                    .anyMatch(id -> entry.name().startsWith(id + "-"));
        }
    }

    @Test
    void everyRuleHasAnInvalidPayloadThatBreaksIt() {
        Set<String> covered = ENTRIES.stream()
                .filter(e -> !e.isValid())
                .flatMap(e -> e.expectedRuleIds().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> uncovered = RuleCatalogue.all().stream()
                .map(RuleDescription::id)
                .filter(id -> !covered.contains(id))
                .toList();
        assertThat(uncovered).as("rules without an invalid payload").isEmpty();
    }

    @Test
    void everyKindHasAValidPayload() {
        Set<String> validKinds = ENTRIES.stream().filter(ManifestEntry::isValid).map(ManifestEntry::kind).collect(Collectors.toSet());
        List<String> missing = Arrays.stream(DocumentKind.values())
                .map(DocumentKind::wireName)
                .filter(k -> !validKinds.contains(k))
                .toList();
        assertThat(missing).as("kinds without a valid payload").isEmpty();
    }

    @Test
    void everyPayloadFileIsListedExactlyOnce() throws IOException {
        Map<String, Long> listed = ENTRIES.stream()
                .collect(Collectors.groupingBy(ManifestEntry::file, HashMap::new, Collectors.counting()));
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
        for (ManifestEntry e : ENTRIES) {
            for (String agreement : e.agreements()) {
                assertThat(files).as("agreement record of %s", e.file()).contains(agreement);
            }
        }
    }
}
