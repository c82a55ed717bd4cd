package io.jointresponse.validation.internal;

import io.jointresponse.core.notice.Notice;
import io.jointresponse.core.notice.Notices;
import io.jointresponse.validation.AppliedNotice;
import io.jointresponse.validation.ValidationOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which notices a validation applies to a document: the notices its enabled rules cite, each
 * resolved, on the document's governing date, to the notice of its line in force then (rule NTC-004
 * warns when none was).
 */
public final class NoticeApplication {

    private NoticeApplication() {}

    /**
     * Returns the notices applied to a document.
     *
     * @param document the document, not null
     * @param options the options: enabled rules and registered successors; not null
     * @return the applied notices, notice 217's line first; empty when no rule of a notice applies
     */
    public static List<AppliedNotice> applied(Object document, ValidationOptions options) {
        List<String> bases = Rules.noticesApplied(document, options::isEnabled);
        Optional<GoverningDate.Dated> dated = GoverningDate.of(document);
        NoticeSuccession succession = NoticeSuccession.of(options.successorNotices());
        List<AppliedNotice> applied = new ArrayList<>(bases.size());
        for (String base : bases) {
            if (dated.isPresent()) {
                applied.add(succession.governing(base, dated.get().day()));
            } else {
                Notice original = base.equals(Rules.NOTICE_217) ? Notices.JOINT_RESPONSE_MATTERS : Notices.JC3_COOPERATION;
                applied.add(AppliedNotice.of(original.numbers(), original.issuedOn().toLocalDate(),
                        original.validity().end().toLocalDate(), Optional.empty(), false));
            }
        }
        return applied;
    }
}
