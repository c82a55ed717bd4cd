package io.jointresponse.test;

import static io.jointresponse.test.JointResponseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointresponse.fixtures.FixtureManifest;
import io.jointresponse.fixtures.ManifestEntry;
import io.jointresponse.serialization.JointResponseJson;
import io.jointresponse.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.commons.PreconditionViolationException;

/**
 * Every manifest entry, fed by {@link ManifestSource} and validated by {@link ManifestValidation},
 * agrees in full with what the manifest says of it; and the source's filters keep exactly the
 * entries they name.
 */
class ManifestSourceTest {

    private static final JointResponseJson JSON = JointResponseJson.strict();

    @ParameterizedTest
    @ManifestSource
    void everyEntryAgreesInFull(ManifestEntry entry, TestInfo test) {
        ValidationReport report = ManifestValidation.validate(entry);

        assertThat(test.getDisplayName()).as("display name").endsWith(" " + entry.file());
        assertThat(report).hasOnlyRules(entry.expectedRuleIds());
        if (entry.isValid()) {
            assertThat(report).isValid().hasNoFindings().hasDocument();
        }
        assertThat(report.isUnreadable()).as("unreadable").isEqualTo(entry.isUnreadable());
        if (entry.isUnreadable()) {
            assertThat(report).isUnreadable().hasNoDocument();
        } else {
            assertThat(JSON.read(entry.payload())).hasKind(entry.kind());
        }
    }

    @ParameterizedTest
    @ManifestSource(kinds = "incidentReport", validity = ManifestSource.Validity.INVALID)
    void filtersReachTheTest(ManifestEntry entry) {
        assertThat(entry.kind()).isEqualTo("incidentReport");
        assertThat(entry.isValid()).isFalse();
    }

    @ManifestSource(kinds = "agreement")
    private static void agreements() {}

    @ManifestSource(validity = ManifestSource.Validity.VALID)
    private static void valid() {}

    @ManifestSource(kinds = {"agreement", "notice"}, validity = ManifestSource.Validity.INVALID)
    private static void invalidAgreementsAndNotices() {}

    @ManifestSource(rules = {"INC-001", "ANR-003"})
    private static void crossRecord() {}

    @ManifestSource(kinds = "agreemnt")
    private static void misspeltKind() {}

    @ManifestSource(rules = "AGR-999")
    private static void unknownRule() {}

    @ManifestSource(kinds = "notice", rules = "INC-001")
    private static void nothing() {}

    private static List<ManifestEntry> select(String method) throws NoSuchMethodException {
        return ManifestArgumentsProvider.select(ManifestSourceTest.class.getDeclaredMethod(method).getAnnotation(ManifestSource.class));
    }

    @Test
    void noFilterKeepsEveryEntryInManifestOrder() throws NoSuchMethodException {
        assertThat(select("everyEntryAgreesInFull", ManifestEntry.class, TestInfo.class)).isEqualTo(FixtureManifest.entries());
    }

    private static List<ManifestEntry> select(String method, Class<?>... parameters) throws NoSuchMethodException {
        return ManifestArgumentsProvider.select(ManifestSourceTest.class.getDeclaredMethod(method, parameters).getAnnotation(ManifestSource.class));
    }

    @Test
    void kindsKeepTheirEntries() throws NoSuchMethodException {
        assertThat(select("agreements")).isEqualTo(FixtureManifest.entries().stream().filter(e -> e.kind().equals("agreement")).toList())
                .hasSizeGreaterThan(5);
    }

    @Test
    void validityKeepsTheValidOrTheInvalid() throws NoSuchMethodException {
        assertThat(select("valid")).isEqualTo(FixtureManifest.entries().stream().filter(e -> e.file().startsWith("payloads/valid/")).toList());
        assertThat(select("invalidAgreementsAndNotices")).isEqualTo(FixtureManifest.entries().stream()
                .filter(e -> e.file().startsWith("payloads/invalid/") && (e.kind().equals("agreement") || e.kind().equals("notice")))
                .toList());
    }

    @Test
    void rulesKeepTheEntriesThatExpectAnyOfThem() throws NoSuchMethodException {
        assertThat(select("crossRecord")).extracting(ManifestEntry::file).containsExactly(
                "payloads/invalid/INC-001-crime-type-not-agreed.json", "payloads/invalid/ANR-003-counts-differ-from-records.json");
    }

    @Test
    void anUnknownKindOrRuleIsRefusedByName() {
        assertThatThrownBy(() -> select("misspeltKind")).isInstanceOf(PreconditionViolationException.class)
                .hasMessageStartingWith("@ManifestSource names no such kind: [agreemnt]; known: [agreement, annualReport, ");
        assertThatThrownBy(() -> select("unknownRule")).isInstanceOf(PreconditionViolationException.class)
                .hasMessageStartingWith("@ManifestSource names no such rule id: [AGR-999]; known: [AGR-001, ");
    }

    @Test
    void aFilterThatKeepsNothingFailsInsteadOfRunningNothing() {
        assertThatThrownBy(() -> select("nothing")).isInstanceOf(PreconditionViolationException.class)
                .hasMessage("@ManifestSource(kinds = [notice], validity = ALL, rules = [INC-001]) keeps no manifest entry");
    }
}
