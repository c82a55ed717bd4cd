package io.jointresponse.validation.internal;

import io.jointresponse.core.finding.Basis;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.validation.RuleCatalogue;
import io.jointresponse.validation.RuleDescription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Generates {@code docs/rules.md} from the {@link RuleCatalogue}, so that the documentation of the
 * rules cannot drift from the code. A test regenerates it in memory and fails when the committed
 * file differs.
 *
 * <p>Run from the repository root: {@value #COMMAND}.
 */
public final class RulesDocument {

    /** The command that regenerates the file. */
    public static final String COMMAND = "./mvnw -q -pl validation -am process-classes -Prules-doc";

    private RulesDocument() {}

    /**
     * Writes the document.
     *
     * @param args one argument: the path of the file to write, such as {@code docs/rules.md}
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: RulesDocument <path of docs/rules.md>");
        }
        Path target = Path.of(args[0]);
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(target, render(), StandardCharsets.UTF_8);
    }

    /** @return the Markdown text of {@code docs/rules.md} */
    public static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalogue\n\n")
                .append("<!-- Generated from RuleCatalogue; do not edit. Regenerate with: ").append(COMMAND).append(" -->\n\n")
                .append("Every rule of the two notices as a stable id. Systems store and filter on the ids; they never\n")
                .append("change meaning. Clauses: \"A §6(1)\" is notice 217 (警察庁丁情対発第217号), section 6, item 1;\n")
                .append("\"B §3(2)\" is notice 185 (警察庁丁情対発第185号), section 3, item 2.\n\n")
                .append("Severity: **E** error (the document is invalid), **W** warning (valid, but a reviewer should\n")
                .append("look), **E/W** an error in some cases and a warning in others (the finding says which). With\n")
                .append("the option *warnings as errors*, a report shows every warning as an error.\n\n")
                .append("Basis: a rule either rests on a notice's words (the clause says where; the sentence is quoted\n")
                .append("below) or keeps the record consistent with itself, which no notice states: *record integrity*,\n")
                .append("with the clause whose records it keeps sound.\n\n")
                .append("| id | severity | basis | applies to | title | 日本語 | English |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (RuleDescription r : RuleCatalogue.all()) {
            row(md, r, r.appliesTo());
        }
        md.append("\n## Precise messages\n\n")
                .append("Some findings carry a more precise message than the rule's main one, under the same rule id.\n\n")
                .append("| id | variant | severity | 日本語 | English |\n")
                .append("| --- | --- | --- | --- | --- |\n");
        for (RuleDescription r : RuleCatalogue.all()) {
            Rule<?> rule = Rules.byId(r.id()).orElseThrow();
            for (Map.Entry<String, Map<Locale, String>> v : r.variantMessages().entrySet()) {
                Severity severity = rule.variants().get(v.getKey());
                md.append("| ").append(r.id())
                        .append(" | ").append(v.getKey())
                        .append(" | ").append(severity == Severity.ERROR ? "E" : "W")
                        .append(" | ").append(cell(v.getValue().get(Locale.JAPANESE)))
                        .append(" | ").append(cell(v.getValue().get(Locale.ENGLISH)))
                        .append(" |\n");
            }
        }
        md.append("\n## Wire-format and input findings\n\n")
                .append("Findings about reading a payload or an input, not about a rule of the notices. They share the\n")
                .append("catalogue with the rules: the same ids in reports, the same messages in both languages, and\n")
                .append("`jointresponse rules <ID>` explains each. Only SHAPE-UNKNOWN can be disabled: properties the wire\n")
                .append("format does not define are then dropped and not reported (a later 1.x format version is then\n")
                .append("read too, with a SHAPE-VERSION warning). The others say that no document could be read, and\n")
                .append("cannot be disabled. SHAPE-UNKNOWN and SHAPE-VERSION are warnings when a reader is lenient.\n\n")
                .append("| id | severity | basis | can be disabled | title | 日本語 | English |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (RuleDescription r : RuleCatalogue.readingFindings()) {
            row(md, r, r.canBeDisabled() ? "yes" : "no");
        }
        md.append("\n## What each rule rests on, and how the library reads it\n\n")
                .append("For a rule of a notice, the sentence it rests on, as the notice writes it; for a rule of record\n")
                .append("integrity, the clause it supports. Then, where the notices leave a choice or a rule needs more\n")
                .append("than the document, what the library does.\n\n");
        for (RuleDescription r : RuleCatalogue.all()) {
            md.append("### ").append(r.id()).append(' ').append(r.title(Locale.ENGLISH)).append("\n\n");
            if (r.basis() == Basis.NOTICE) {
                md.append("Notice ").append(r.clause()).append(": 「").append(r.quote()).append("」\n\n");
            } else {
                md.append("Record integrity: no notice states this rule; it keeps sound the records of ")
                        .append(r.clause()).append(".\n\n");
            }
            if (!r.reading().isEmpty()) {
                md.append(r.reading()).append("\n\n");
            }
        }
        return md.toString().stripTrailing() + "\n";
    }

    /** One row of a catalogue table: id, severity, clause, the given column, title and both messages. */
    private static void row(StringBuilder md, RuleDescription r, String fourth) {
        md.append("| ").append(r.id())
                .append(" | ").append(r.severityCode())
                .append(" | ").append(cell(r.basisText()))
                .append(" | ").append(fourth)
                .append(" | ").append(cell(r.title(Locale.ENGLISH)))
                .append(" | ").append(cell(r.japaneseMessage()))
                .append(" | ").append(cell(r.englishMessage()))
                .append(" |\n");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
