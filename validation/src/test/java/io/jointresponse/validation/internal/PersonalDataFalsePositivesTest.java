package io.jointresponse.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.fixtures.CanonicalFixtures;
import io.jointresponse.fixtures.FixtureFiles;
import io.jointresponse.fixtures.Generators;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.validation.PersonalDataDetector;
import io.jointresponse.validation.PersonalDataDetectors;
import io.jointresponse.validation.PersonalDataKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the personal-data detectors on the ordinary text of realistic records: every string of
 * every fixture payload and of the documents of many seeded generators. Text that holds no personal
 * data (names of businesses and recipients, summaries, modus operandi, ids, dates written out,
 * corporate numbers, amounts, domains, hashes, notice numbers) must give no detection at all; the
 * values the generators plant as personal data (contacts' telephone numbers and e-mail addresses)
 * must all be found.
 */
class PersonalDataFalsePositivesTest {

    private static final int SEEDS = 300;

    /** Attributes that hold personal data, or network indicators, on purpose. */
    private static final Set<String> PLANTED = Set.of("Contact.email", "Contact.telephone", "OnwardShare.personalIdentifiers",
            "PreventionRelease.content");

    /** What the walk saw. */
    private static final class Measure {
        long strings;
        long characters;
        final Map<PersonalDataKind, List<String>> falsePositives = new EnumMap<>(PersonalDataKind.class);
        final Map<String, long[]> planted = new TreeMap<>();

        void text(String owner, String text) {
            if (PLANTED.contains(owner)) {
                long[] counts = planted.computeIfAbsent(owner, k -> new long[2]);
                counts[0]++;
                if (!PersonalDataScan.kinds(text, PersonalDataDetectors.standard()).isEmpty()) {
                    counts[1]++;
                }
                return;
            }
            strings++;
            characters += text.length();
            for (PersonalDataDetector detector : PersonalDataDetectors.standard()) {
                if (!detector.find(text).isEmpty()) {
                    falsePositives.computeIfAbsent(detector.kind(), k -> new ArrayList<>()).add(owner + ": " + text);
                }
            }
        }
    }

    private static void walk(Object model, Measure measure) {
        for (ClassifiedData.Attribute attribute : ClassifiedData.attributes(model)) {
            String owner = ownerName(model) + "." + attribute.name();
            each(attribute.value(), owner, measure);
        }
    }

    private static void each(Object value, String owner, Measure measure) {
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> each(v, owner, measure));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> each(v, owner, measure));
        } else if (value instanceof Map<?, ?> m) {
            m.values().forEach(v -> each(v, owner, measure));
        } else if (value instanceof String s) {
            measure.text(owner, s);
        } else if (ClassifiedData.isModel(value)) {
            walk(value, measure);
        }
    }

    /** The model type's name, such as {@code Contact}, for a generated {@code Contact}. */
    private static String ownerName(Object model) {
        String name = model.getClass().getSimpleName();
        return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
    }

    private static List<Object> fixturePayloads() {
        JointResponseJson json = JointResponseJson.strict();
        JsonNode manifest = JsonMapper.builder().build().readTree(FixtureFiles.manifest());
        List<Object> documents = new ArrayList<>();
        for (JsonNode entry : manifest) {
            String file = entry.get("file").stringValue();
            if (file.contains("/SHR-004-")) {
                continue; // personal data planted to break SHR-004
            }
            json.read(FixtureFiles.read(file)).document().ifPresent(documents::add);
        }
        return documents;
    }

    private static List<Object> generated(long seed) {
        Generators g = new Generators(seed);
        List<Object> documents = new ArrayList<>(List.of(g.agreement(), g.incidentReport(), g.evidenceRequest(), g.preventionRelease(),
                g.occurrencePublication(), g.arrestPublication(), g.onwardShare(), g.rawOnwardShare(), g.divisionReport(),
                g.jc3Liaison(), g.annualReport(), g.nationalCompilation(), g.notice()));
        for (Agreement a : g.agreements(6)) {
            IncidentReport report = g.incidentReportFor(a);
            documents.addAll(List.of(a, report, g.evidenceRequestFor(report), g.preventionReleaseFor(a), g.disclosureDecisionFor(report),
                    g.onwardShareFor(a), g.rawOnwardShareFor(a), g.divisionReportFor(a)));
        }
        return documents;
    }

    @Test
    void ordinaryTextOfFixturesAndGeneratedRecordsGivesNoDetectionAndPlantedDataIsAllFound() {
        Measure measure = new Measure();
        List<Object> documents = new ArrayList<>(fixturePayloads());
        documents.add(CanonicalFixtures.rawOnwardShare());
        int fixtures = documents.size();
        for (long seed = 0; seed < SEEDS; seed++) {
            documents.addAll(generated(seed));
        }
        documents.forEach(d -> walk(d, measure));

        StringBuilder planted = new StringBuilder();
        measure.planted.forEach((owner, counts) -> planted.append(String.format(" %s %d/%d", owner, counts[1], counts[0])));
        System.out.printf("personal-data detectors: %d documents (%d from the fixtures, %d seeds), %d ordinary strings, %d characters,"
                        + " detections in ordinary text %s; planted values found:%s%n",
                documents.size(), fixtures, SEEDS, measure.strings, measure.characters, measure.falsePositives, planted);

        assertThat(measure.strings).isGreaterThan(100_000);
        assertThat(measure.falsePositives).as("detections in ordinary text").isEmpty();
        for (String contact : List.of("Contact.email", "Contact.telephone")) {
            long[] counts = measure.planted.get(contact);
            assertThat(counts[0]).as(contact).isGreaterThan(1_000);
            assertThat(counts[1]).as("%s found", contact).isEqualTo(counts[0]);
        }
    }
}
