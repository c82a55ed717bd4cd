package io.jointresponse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.document.Document;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.privacy.DataClassification;
import io.jointresponse.core.sharing.OnwardShare;
import io.jointresponse.fixtures.FixtureFiles;
import io.jointresponse.fixtures.Generators;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.serialization.ReadResult;
import io.jointresponse.validation.JointResponseValidator;
import io.jointresponse.validation.ShareSanitiser;
import io.jointresponse.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Personal and business-identifying data never leaks. A unique marker is planted in every
 * classified text value (per {@link DataClassification}, at every level of nesting, each value type
 * by its own classification; every element of a classified list of texts) of every document kind; then no marker may appear in a finding, a
 * {@code toString}, a log record, the command's output (text and JSON, both languages, with and
 * without findings), or a share after {@link ShareSanitiser#sanitise}.
 */
class NoLeakTest {

    private static final JointResponseJson JSON = JointResponseJson.strict();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final List<String> logged = new ArrayList<>();
    private Handler handler;
    private Level rootLevel;

    @BeforeEach
    void captureLogs() {
        SimpleFormatter formatter = new SimpleFormatter();
        handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (logged) {
                    logged.add(formatter.format(r) + " " + r.getMessage() + " " + java.util.Arrays.toString(r.getParameters()));
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        handler.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(handler);
    }

    @AfterEach
    void stopCapturing() {
        Logger root = Logger.getLogger("");
        root.removeHandler(handler);
        root.setLevel(rootLevel);
    }

    /** A payload with markers planted, and the markers. */
    record Planted(String kind, ObjectNode tree, List<String> markers) {
        byte[] bytes() {
            return tree.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static Planted plant(String kind, byte[] payload) {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(payload);
        Document document = JSON.read(payload).document().orElseThrow(() -> new AssertionError(kind + " does not read"));
        List<String> markers = new ArrayList<>();
        plant(kind, document, tree, markers);
        return new Planted(kind, tree, markers);
    }

    private static void plant(String kind, Object value, ObjectNode node, List<String> markers) {
        var attributes = DataClassification.classifiedAttributes(value.getClass());
        for (String name : new ArrayList<>(node.propertyNames())) {
            Object child = accessor(value, name);
            boolean c = attributes.containsKey(name);
            JsonNode childNode = node.get(name);
            if (childNode.isString() && c) {
                node.put(name, marker(kind, name, markers));
            } else if (childNode instanceof ArrayNode array) {
                List<?> elements = child instanceof Collection<?> col ? new ArrayList<>(col) : List.of();
                for (int i = 0; i < array.size(); i++) {
                    if (array.get(i).isString() && c) {
                        array.set(i, array.stringNode(marker(kind, name, markers)));
                    } else if (array.get(i) instanceof ObjectNode o && i < elements.size()) {
                        plant(kind, elements.get(i), o, markers);
                    }
                }
            } else if (childNode instanceof ObjectNode o && child != null && !(child instanceof java.util.Map<?, ?>)) {
                plant(kind, child, o, markers);
            }
        }
    }

    private static String marker(String kind, String attribute, List<String> markers) {
        String m = "LEAK-" + kind + "-" + attribute + "-" + markers.size();
        markers.add(m);
        return m;
    }

    private static Object accessor(Object value, String name) {
        // The accessor the public model type declares: the generated class that implements it is
        // not public, and its methods cannot be called from here.
        Class<?> type = value.getClass();
        while (!Modifier.isPublic(type.getModifiers())) {
            type = type.getSuperclass();
        }
        Method m;
        try {
            m = type.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null; // envelope and type properties have no accessor
        }
        try {
            Object v = m.invoke(value);
            return v instanceof Optional<?> o ? o.orElse(null) : v;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read " + name + " of " + type.getName(), e);
        }
    }

    private static List<Planted> plantedDocuments() {
        List<Planted> all = new ArrayList<>();
        for (String file : FixtureFiles.validPayloads()) {
            all.add(plant(file.substring(file.lastIndexOf('/') + 1, file.length() - ".json".length()), FixtureFiles.read(file)));
        }
        // A share that still carries personal data (the generated ones are already sanitised).
        all.add(plant("rawOnwardShare", JSON.write(new Generators(7).rawOnwardShare())));
        Generators g = new Generators(11);
        all.add(plant("generatedAgreement", JSON.write(g.agreement())));
        all.add(plant("generatedIncident", JSON.write(g.incidentReport())));
        all.add(firstWithClassifiedData("generatedDecision", g));
        return all;
    }

    /**
     * A generated decision that holds classified data: not every decision does (the business's
     * opinion, say, is recorded only for some), so the generator draws until one does.
     */
    private static Planted firstWithClassifiedData(String kind, Generators g) {
        for (int draw = 0; draw < 100; draw++) {
            Planted p = plant(kind, JSON.write(g.disclosureDecision()));
            if (!p.markers().isEmpty()) {
                return p;
            }
        }
        throw new AssertionError("No decision with classified data in 100 draws");
    }

    /** The same payload, also broken: an unknown property, so that structural findings exist. */
    private static byte[] broken(Planted p) {
        ObjectNode copy = p.tree().deepCopy();
        copy.put("unknownProperty", 1);
        return copy.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<JointResponseValidator> validators() {
        List<JointResponseValidator> all = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            all.add(JointResponseValidator.builder().locale(locale).build());
            // A clock long before every event: rules on time find the events in the future.
            all.add(JointResponseValidator.builder().locale(locale).warningsAsErrors(true)
                    .clock(Clock.fixed(Instant.parse("2000-01-01T00:00:00Z"), ZoneOffset.UTC)).build());
        }
        return all;
    }

    private static void assertNoMarker(String where, String text, List<String> markers) {
        for (String m : markers) {
            assertThat(text).as("%s leaks %s", where, m).doesNotContain(m);
        }
    }

    @Test
    void findingsToStringAndLogsNeverHoldAPlantedValue() {
        int findings = 0;
        int markers = 0;
        for (Planted p : plantedDocuments()) {
            markers += p.markers().size();
            ReadResult<Document> read = JSON.read(p.bytes());
            assertThat(read.isValid()).as(p.kind() + " " + read.findings()).isTrue();
            Document document = read.document().orElseThrow();
            assertNoMarker(p.kind() + " toString", document.toString() + read, p.markers());
            for (JointResponseValidator v : validators()) {
                for (ValidationReport report : List.of(v.validatePayload(p.bytes()), v.validatePayload(broken(p)), v.validate(document))) {
                    assertNoMarker(p.kind() + " report", report.toString(), p.markers());
                    for (Finding f : report.findings()) {
                        assertNoMarker(p.kind() + " finding", f.toString() + f.message() + f.pointer(), p.markers());
                        findings++;
                    }
                }
            }
            if (document instanceof OnwardShare share) {
                byte[] sanitised = JSON.write(ShareSanitiser.sanitise(share));
                assertNoMarker(p.kind() + " sanitised share", new String(sanitised, StandardCharsets.UTF_8), p.markers());
            }
        }
        synchronized (logged) {
            assertNoMarker("log", String.join("\n", logged), allMarkers());
        }
        System.out.printf("no leaks: %d markers planted, %d findings checked, %d log records checked%n", markers, findings, logged.size());
        assertThat(findings).isPositive();
    }

    private static List<String> allMarkers() {
        return plantedDocuments().stream().flatMap(p -> p.markers().stream()).toList();
    }

    @Test
    void everyKindWithClassifiedDataHasMarkersPlanted() {
        for (Planted p : plantedDocuments()) {
            // Annual figures and notices hold no personal data; the canonical share is already sanitised.
            if (!List.of("annualReport", "nationalCompilation", "notice", "onwardShare").contains(p.kind())) {
                assertThat(p.markers()).as(p.kind()).isNotEmpty();
            }
        }
    }

    @Test
    void commandOutputNeverHoldsAPlantedValue() throws Exception {
        List<String> markers = new ArrayList<>();
        List<String> files = new ArrayList<>();
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        for (Planted p : plantedDocuments()) {
            markers.addAll(p.markers());
            files.add(Files.write(dir.resolve(p.kind() + ".json"), p.bytes()).toString());
            files.add(Files.write(dir.resolve(p.kind() + "-broken.json"), broken(p)).toString());
            ndjson.write(p.bytes());
            ndjson.write('\n');
        }
        Path lines = Files.write(dir.resolve("all.ndjson"), ndjson.toByteArray());
        int runs = 0;
        for (String format : List.of("text", "json")) {
            for (String lang : List.of("en", "ja")) {
                List<String> args = new ArrayList<>(List.of("validate", "--format", format, "--lang", lang));
                args.addAll(files);
                CliRun run = CliRun.of(args.toArray(String[]::new));
                assertThat(run.exitCode()).isIn(ExitCodes.VALID, ExitCodes.INVALID);
                assertNoMarker("command " + format + " " + lang, run.all(), markers);
                CliRun strict = CliRun.of("validate", "--strict", "--format", format, "--lang", lang, "--ndjson", lines.toString());
                assertNoMarker("command --ndjson " + format + " " + lang, strict.all(), markers);
                runs += 2;
            }
        }
        synchronized (logged) {
            assertNoMarker("log", String.join("\n", logged), markers);
        }
        System.out.printf("no leaks through the command: %d runs over %d files, %d markers%n", runs, files.size() + 1, markers.size());
    }
}
