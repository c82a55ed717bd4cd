package io.jointresponse.validation.internal;

import static io.jointresponse.core.finding.Severity.ERROR;

import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.notice.Notice;
import io.jointresponse.core.notice.NoticeReference;
import java.time.LocalDate;
import java.util.List;

/** The rules of notice records (the headers and preambles of both notices). */
final class NoticeRules {

    private NoticeRules() {}

    /**
     * NTC-001: a notice number has the agency/class/division/発/第N号 form. A {@code NoticeNumber}
     * object is well-formed by construction, so on objects there is nothing to check: the rule
     * reports on the text of a payload, where a number that does not read is found.
     */
    static final Rule<Notice> NTC_001 = Rule.of("NTC-001", ERROR, "headers", Notice.class, (Notice n, RuleContext ctx, FindingSink sink) -> { })
            .note("A NoticeNumber object is well-formed by construction: the rule reports on the raw text of notice numbers in a payload.");

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
    });

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
            .note("The abolished notice must be dated strictly before the notice that abolishes it.");

    static List<Rule<?>> all() {
        return List.of(NTC_001, NTC_002, NTC_003);
    }
}
