package io.jointresponse.validation.internal;

import static io.jointresponse.core.finding.Severity.ERROR;
import static io.jointresponse.core.finding.Severity.WARNING;

import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.notice.Notice;
import io.jointresponse.core.notice.NoticeNumber;
import io.jointresponse.core.notice.NoticeReference;
import io.jointresponse.validation.AppliedNotice;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The rules of notice records (the headers and preambles of both notices). */
final class NoticeRules {

    private NoticeRules() {}

    /**
     * NTC-001: every notice number, as written in a notice payload (its own numbers and those of the
     * notices it abolishes or follows), has the agency/class/division/発/第N号 form. A
     * {@code NoticeNumber} object is well-formed by construction, so the rule checks the text of
     * payloads. Where a number does not read, the wire format reports the value as unreadable at the
     * same pointer; this rule's finding replaces that one, so a malformed number is reported once,
     * under the notices' own rule.
     */
    static final Rule<Notice> NTC_001 = Rule.ofPayload("NTC-001", ERROR, "headers", Notice.class, (read, sink) -> {
        // A malformed number always comes with a wire-format finding at its place: a payload read
        // without findings has none (and needs no second parse to show it).
        if (read.findings().isEmpty() || read.tree().isEmpty()) {
            return;
        }
        JsonNode tree = read.tree().get();
        reportMalformed(tree.get("numbers"), JsonPointer.of("numbers"), sink);
        for (String references : List.of("abolishes", "parentNotices")) {
            JsonNode list = tree.get(references);
            if (list != null && list.isArray()) {
                for (int i = 0; i < list.size(); i++) {
                    reportMalformed(list.get(i).get("numbers"), JsonPointer.of(references).append(i).append("numbers"), sink);
                }
            }
        }
    })
            .note("A NoticeNumber object is well-formed by construction: the rule reports on the raw text of notice numbers in a payload, in place of the wire format's finding on the same value.")
            .recordIntegrity();

    private static void reportMalformed(JsonNode numbers, JsonPointer at, FindingSink sink) {
        if (numbers == null || !numbers.isArray()) {
            return;
        }
        for (int i = 0; i < numbers.size(); i++) {
            JsonNode n = numbers.get(i);
            if (n.isString() && !reads(n.stringValue())) {
                sink.report(at.append(i));
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

    /** NTC-002: the stated retention end equals the one computed from the date of issue and the years. */
    static final Rule<Notice> NTC_002 = Rule.of("NTC-002", ERROR, "headers", Notice.class, (n, ctx, sink) -> {
        boolean matches;
        try {
            matches = n.retention().statedEndMatches(n.issuedOn().toLocalDate());
        } catch (IllegalArgumentException beyondTheCalendar) {
            // The computed end lies beyond the range of dates: no stated end can equal it.
            matches = false;
        }
        if (!matches) {
            sink.report(JsonPointer.of("retention"));
        }
    })
            .recordIntegrity();

    /** NTC-003: a notice this one abolishes was issued before it. */
    static final Rule<Notice> NTC_003 = Rule.of("NTC-003", ERROR, "A, B preambles", Notice.class, (n, ctx, sink) -> {
        LocalDate issued = n.issuedOn().toLocalDate();
        List<NoticeReference> abolished = n.abolishes();
        for (int i = 0; i < abolished.size(); i++) {
            if (!abolished.get(i).issuedOn().toLocalDate().isBefore(issued)) {
                sink.report(JsonPointer.of("abolishes").append(i).append("issuedOn"));
            }
        }
    })
            .note("The abolished notice must be dated strictly before the notice that abolishes it.")
            .recordIntegrity();

    /**
     * NTC-004: a record is not checked silently against a notice that had lapsed on its date: when
     * the record's governing date falls after the validity (有効期間) of a notice whose rules apply,
     * and no registered successor was in force then, a warning names the notice and the day it
     * lapsed.
     */
    static final Rule<Object> NTC_004 = Rule.of("NTC-004", WARNING, "headers (有効期間)", Object.class, (d, ctx, sink) -> {
        Optional<GoverningDate.Dated> dated = GoverningDate.of(d);
        if (dated.isEmpty()) {
            return;
        }
        for (AppliedNotice notice : ctx.appliedNotices(d)) {
            if (notice.lapsed()) {
                sink.report("", dated.get().pointer(), Map.of("notice", notice.numbersText(), "validUntil", notice.validUntil().toString()));
            }
        }
    }).wholeDocumentOnly()
            .quote("有効期間 一種(平成36年3月31日まで)(警察庁丁情対発第217号ほか) / 有効期間 一種(平成34年3月31日まで)(警察庁丁情対発第185号ほか)")
            .note("Each document kind has a governing date: an agreement's conclusion (an existing-channel arrangement's establishment of its channel; a draft's start of drafting), an incident report's reportedAt, an evidence request's requestedAt, a prevention release's releasedAt (obtainedAt while unreleased), a publication decision's decidedAt, an onward share's sharedAt (preparedAt while unsent), a division report's reportedAt, a JC3 liaison's at, an annual report's or compilation's last day of the period; a notice record has none. Times are read as days in Japan. The notices applied are those cited by the enabled rules of the kind. When the date falls after a notice's validity and no registered successor continues it on that date, the warning is at the pointer of the governing date. The rules are applied as written all the same: registering a successor (ValidationOptions, or --notices in the command) names it in the report instead and changes no rule.");

    static List<Rule<?>> all() {
        return List.of(NTC_001, NTC_002, NTC_003, NTC_004);
    }
}
