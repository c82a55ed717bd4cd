package io.jointresponse.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointresponse.core.finding.Basis;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.validation.internal.Messages;
import io.jointresponse.validation.internal.Rule;
import io.jointresponse.validation.internal.Rules;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    /**
     * DOMAIN.md, section 3 (id, severity, basis and clause), in catalogue order, plus INC-004: a rule
     * of a notice shows its clause, a rule of record integrity the clause it supports.
     */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("AGR-001", "W A §1");
        EXPECTED.put("AGR-002", "W A §1");
        EXPECTED.put("AGR-003", "E/W A §2");
        EXPECTED.put("AGR-004", "E A §3");
        EXPECTED.put("AGR-005", "E record integrity (A §1)");
        EXPECTED.put("AGR-006", "E A §1");
        EXPECTED.put("INC-001", "E A §3");
        EXPECTED.put("INC-002", "E record integrity (A §3)");
        EXPECTED.put("INC-003", "W A §3");
        EXPECTED.put("INC-004", "W record integrity (A §3)");
        EXPECTED.put("INC-005", "E A §3");
        EXPECTED.put("INV-001", "E A §4(1)");
        EXPECTED.put("INV-002", "W A §4(2)");
        EXPECTED.put("PRV-001", "E A §5");
        EXPECTED.put("PRV-002", "W A §5");
        EXPECTED.put("DSC-001", "E A §6(1)");
        EXPECTED.put("DSC-002", "W A §6(1)");
        EXPECTED.put("DSC-003", "E A §6(2)");
        EXPECTED.put("DSC-004", "W A §6");
        EXPECTED.put("SHR-001", "E A §7");
        EXPECTED.put("SHR-002", "E A §7");
        EXPECTED.put("SHR-003", "E A §7");
        EXPECTED.put("SHR-004", "W A §7");
        EXPECTED.put("JC3-001", "E B §3(1)");
        EXPECTED.put("JC3-002", "E/W B §3(2)");
        EXPECTED.put("JC3-003", "E/W B §3(2)");
        EXPECTED.put("ANR-001", "E record integrity (A §8)");
        EXPECTED.put("ANR-002", "E record integrity (A §8)");
        EXPECTED.put("ANR-003", "E A §8");
        EXPECTED.put("NTC-001", "E record integrity (headers)");
        EXPECTED.put("NTC-002", "E record integrity (headers)");
        EXPECTED.put("NTC-003", "E record integrity (A, B preambles)");
        EXPECTED.put("NTC-004", "W headers (有効期間)");
    }

    @Test
    void catalogueHasExactlyTheRulesOfTheNoticesWithSeverityAndClause() {
        Map<String, String> actual = new LinkedHashMap<>();
        RuleCatalogue.all().forEach(r -> actual.put(r.id(), r.severityCode() + " " + r.basisText()));
        assertThat(actual).containsExactlyEntriesOf(EXPECTED);
    }

    @Test
    void everyRuleOfANoticeQuotesTheSentenceItRestsOnAndNoRuleOfIntegrityDoes() {
        for (RuleDescription r : RuleCatalogue.all()) {
            if (r.basis() == Basis.NOTICE) {
                assertThat(r.quote()).as(r.id()).isNotBlank().matches(".*[\\u4e00-\\u9fff].*");
            } else {
                assertThat(r.basis()).as(r.id()).isEqualTo(Basis.RECORD_INTEGRITY);
                assertThat(r.quote()).as(r.id()).isEmpty();
            }
        }
    }

    @Test
    void quotesAreTheNoticesOwnWords() throws java.io.IOException {
        java.nio.file.Path seeds = java.nio.file.Path.of(System.getProperty("jointresponse.seeds", "../../shared/seeds"));
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(seeds), "the seeds are not at " + seeds);
        StringBuilder text = new StringBuilder();
        try (var files = java.nio.file.Files.list(seeds)) {
            for (java.nio.file.Path f : files.sorted().toList()) {
                text.append(java.nio.file.Files.readString(f));
            }
        }
        // The seeds carry OCR spacing (J C 3, D o S) and page breaks; compare without white space.
        String notices = text.toString().replaceAll("\\s", "");
        for (RuleDescription r : RuleCatalogue.all()) {
            if (r.basis() == Basis.NOTICE && !r.id().equals("NTC-004")) {
                assertThat(notices).as(r.id()).contains(r.quote().replaceAll("\\s", ""));
            }
        }
    }

    @Test
    void everyRuleHasATitleAndAMessageInBothLanguages() {
        for (RuleDescription r : RuleCatalogue.all()) {
            for (String text : List.of(r.title(Locale.ENGLISH), r.title(Locale.JAPANESE), r.englishMessage(), r.japaneseMessage())) {
                assertThat(text).as(r.id()).isNotBlank();
            }
            assertThat(r.japaneseMessage()).as(r.id()).isNotEqualTo(r.englishMessage()).matches(".*[\\u3040-\\u30ff\\u4e00-\\u9fff].*");
            // English messages are English, though they may quote a Japanese form such as a notice number.
            assertThat(r.englishMessage()).as(r.id()).matches("[A-Z][\\x20-\\x7e]{20,}.*").doesNotContainPattern("[\\u3040-\\u309f]");
            assertThat(r.appliesTo()).isEqualTo(r.documentType() == Object.class ? "every document" : r.documentType().getSimpleName());
        }
    }

    @Test
    void everyMessageKeyOfEveryRuleIsInBothBundles() {
        for (Rule<?> rule : Rules.all()) {
            Set<String> keys = new HashSet<>();
            keys.add(rule.titleKey());
            rule.variants().keySet().forEach(v -> keys.add(rule.messageKey(v)));
            for (String key : keys) {
                assertThat(key).contains(rule.id());
                assertThat(Messages.bundle("_ja")).as(key).containsKey(key);
                assertThat(Messages.bundle("_en")).as(key).containsKey(key);
                assertThat(Messages.bundle("")).as(key).containsKey(key);
            }
        }
    }

    @Test
    void noBundleKeyWithoutARule() {
        Set<String> declared = new HashSet<>();
        for (Rule<?> rule : Rules.all()) {
            declared.add(rule.titleKey());
            rule.variants().keySet().forEach(v -> declared.add(rule.messageKey(v)));
        }
        // The catalogue's other entries with messages in this bundle: the input finding, and the
        // reasons a rule is not checked.
        RuleDescription input = RuleCatalogue.find(RuleCatalogue.INPUT_IO).orElseThrow();
        declared.add("input." + input.id());
        declared.add("input." + input.id() + ".title");
        input.variantMessages().keySet().forEach(v -> declared.add("input." + input.id() + "." + v));
        for (NotChecked.Reason reason : NotChecked.Reason.values()) {
            declared.add("notChecked." + reason.name());
        }
        for (String suffix : List.of("", "_en", "_ja")) {
            assertThat(declared).as("keys of ValidationMessages" + suffix).containsAll(Messages.bundle(suffix).keySet());
            assertThat(Messages.bundle(suffix).keySet()).containsAll(declared);
        }
    }

    @Test
    void defaultBundleIsTheEnglishOne() {
        assertThat(Messages.bundle("")).isEqualTo(Messages.bundle("_en"));
    }

    @Test
    void messagesHoldNoExpressionAndOnlyKnownPlaceholders() {
        java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\{([^}]*)}");
        Set<String> known = Set.of("cybercrimeDivisionEn", "securityPlanningDivisionEn", "cybercrimeDivisionJa", "securityPlanningDivisionJa",
                "notice", "validUntil");
        for (String suffix : List.of("", "_en", "_ja")) {
            Messages.bundle(suffix).forEach((key, text) -> {
                assertThat(text).as(key).doesNotContain("$", "\\", "#{");
                java.util.regex.Matcher m = placeholder.matcher(text);
                while (m.find()) {
                    assertThat(known).as(key).contains(m.group(1));
                    // A unit's name is in the language of its bundle.
                    assertThat(m.group(1)).as(key).doesNotEndWith(suffix.equals("_ja") ? "En" : "Ja");
                }
                assertThat(text.replaceAll("\\{[A-Za-z]+}", "")).as(key).doesNotContain("{", "}");
            });
        }
    }

    @Test
    void dualSeverityIsShownInTheCatalogue() {
        RuleDescription agr003 = RuleCatalogue.find("AGR-003").orElseThrow();
        assertThat(agr003.severity()).isEqualTo(Severity.ERROR);
        assertThat(agr003.severities()).containsExactly(Severity.ERROR, Severity.WARNING);
        assertThat(agr003.variantMessages()).containsKeys("unknown", "notOutsourced");
        assertThat(RuleCatalogue.withSeverity(Severity.WARNING)).extracting(RuleDescription::id)
                .containsExactly("AGR-001", "AGR-002", "AGR-003", "INC-003", "INC-004", "INV-002", "PRV-002", "DSC-002", "DSC-004",
                        "SHR-004", "JC3-002", "JC3-003", "NTC-004");
    }

    @Test
    void unknownIdIsNotFound() {
        assertThat(RuleCatalogue.find("AGR-999")).isEmpty();
        assertThat(RuleCatalogue.find("AGR-001")).isPresent();
        // Wire-format ids are in the catalogue too, apart from the rules of the notices.
        assertThat(RuleCatalogue.find("SHAPE-MISSING")).map(RuleDescription::category).contains(RuleDescription.Category.WIRE_FORMAT);
        assertThat(RuleCatalogue.all()).extracting(RuleDescription::id).doesNotContain("SHAPE-MISSING");
    }
}
