package io.jointresponse.validation.internal;

import io.jointresponse.core.finding.Basis;
import io.jointresponse.core.finding.Finding;
import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.finding.Severity;
import io.jointresponse.core.notice.NoticeNumber;
import io.jointresponse.serialization.DocumentKind;
import io.jointresponse.serialization.ReadResult;
import io.jointresponse.validation.RuleCatalogue;
import io.jointresponse.validation.ValidationOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Rule NTC-001 on a payload: every notice number, as written in a notice document (its own numbers
 * and those of the notices it abolishes or follows), has the agency/class/division/発/第N号 form.
 *
 * <p>A {@code NoticeNumber} object is well-formed by construction, so the rule can only fail on the
 * text of a payload. Where it fails, the wire format also reports the value as unreadable at the
 * same pointer; the NTC-001 finding replaces that one, so a malformed number is reported once, with
 * the notices' own rule.
 */
public final class NoticeNumberText {

    static final String RULE = "NTC-001";

    private NoticeNumberText() {}

    /**
     * Returns the findings of a payload with NTC-001 in place of the structural findings on
     * malformed notice numbers.
     *
     * @param read what the wire format read, not null
     * @param options the validation options (locale, disabled rules), not null
     * @return the findings, structural and NTC-001
     */
    public static List<Finding> apply(ReadResult<?> read, ValidationOptions options) {
        // A malformed number always comes with a structural finding at its place: without findings
        // there is nothing to replace (and no reason to parse the payload again).
        if (!options.isEnabled(RULE) || read.findings().isEmpty()
                || read.kind().filter(k -> k == DocumentKind.NOTICE).isEmpty() || read.tree().isEmpty()) {
            return read.findings();
        }
        JsonNode tree = read.tree().get();
        List<JsonPointer> malformed = new ArrayList<>();
        collect(tree.get("numbers"), JsonPointer.of("numbers"), malformed);
        for (String references : List.of("abolishes", "parentNotices")) {
            JsonNode list = tree.get(references);
            if (list != null && list.isArray()) {
                for (int i = 0; i < list.size(); i++) {
                    collect(list.get(i).get("numbers"), JsonPointer.of(references).append(i).append("numbers"), malformed);
                }
            }
        }
        if (malformed.isEmpty()) {
            return read.findings();
        }
        Set<JsonPointer> replaced = new HashSet<>(malformed);
        List<Finding> findings = new ArrayList<>();
        read.findings().stream().filter(f -> !replaced.contains(f.pointer())).forEach(findings::add);
        String message = RuleCatalogue.find(RULE).orElseThrow().message(options.locale());
        for (JsonPointer at : malformed) {
            findings.add(Finding.of(RULE, Severity.ERROR, at, message, "headers", Basis.RECORD_INTEGRITY));
        }
        return findings;
    }

    private static void collect(JsonNode numbers, JsonPointer at, List<JsonPointer> malformed) {
        if (numbers == null || !numbers.isArray()) {
            return;
        }
        for (int i = 0; i < numbers.size(); i++) {
            JsonNode n = numbers.get(i);
            if (n.isString() && !reads(n.stringValue())) {
                malformed.add(at.append(i));
            }
        }
    }

    private static boolean reads(String text) {
        try {
            NoticeNumber.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
