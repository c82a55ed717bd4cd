package io.jointresponse.validation.internal;

import static io.jointresponse.core.finding.Severity.ERROR;
import static io.jointresponse.core.finding.Severity.WARNING;

import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.organisation.NpaRole;
import io.jointresponse.core.sharing.Concurrence;
import io.jointresponse.core.sharing.DivisionReport;
import io.jointresponse.core.sharing.OnwardShare;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The rules of onward sharing (notice 217, §7). */
final class SharingRules {

    private SharingRules() {}

    private static final Set<NpaRole> BOTH_DIVISIONS = EnumSet.of(NpaRole.CYBERCRIME_DIVISION, NpaRole.SECURITY_PLANNING_DIVISION);

    /**
     * SHR-001: a share carries no personal and no business-identifying information. Checked on the
     * data: every classified attribute holding a value is reported, and so is unclassified text that
     * contains a classified value of the same share verbatim.
     */
    static final Rule<OnwardShare> SHR_001 = Rule.of("SHR-001", ERROR, "A §7", OnwardShare.class, (s, ctx, sink) -> {
        for (JsonPointer p : ClassifiedData.presentClassified(s)) {
            sink.report(p);
        }
        for (JsonPointer p : ClassifiedData.textsContaining(s, ClassifiedData.secrets(s))) {
            sink.report("embedded", p);
        }
    }).variant("embedded", ERROR)
            .note("Driven by the model's data classification (@PersonalData, @BusinessIdentifying) at any depth, never by a list of fields: every classified attribute holding a value (a present optional, a non-empty list or text) is reported. So is unclassified text that contains, verbatim and ignoring case, a value of at least two characters of a classified attribute of the same share. ShareSanitiser removes the first and masks the second.")
            .quote("そのため、民間事業者が特定されるおそれがある情報や個人情報を除去した上で、関係省庁や民間事業者団体が実施している各種サイバー犯罪の防止に関する情報共有活動への積極的な情報提供を検討すること。");

    /**
     * SHR-002: the decision to share carries the concurrence of both NPA divisions, each given no
     * later than the share was sent.
     */
    static final Rule<OnwardShare> SHR_002 = Rule.of("SHR-002", ERROR, "A §7", OnwardShare.class, (s, ctx, sink) -> {
        Set<NpaRole> concurred = EnumSet.noneOf(NpaRole.class);
        s.concurrences().forEach(c -> concurred.add(c.division()));
        if (!concurred.containsAll(BOTH_DIVISIONS)) {
            sink.report(JsonPointer.of("concurrences"));
        }
        if (s.sharedAt().isPresent()) {
            OffsetDateTime shared = s.sharedAt().get();
            List<Concurrence> concurrences = s.concurrences();
            for (int i = 0; i < concurrences.size(); i++) {
                if (concurrences.get(i).concurredAt().isAfter(shared)) {
                    sink.report("late", JsonPointer.of("concurrences").append(i).append("concurredAt"));
                }
            }
        }
    }).variant("late", ERROR)
            .note("Each division's concurrence, each no later than the share was sent, when it was.")
            .quote("提供の当否の判断は、警察庁生活安全局情報技術犯罪対策課と警察庁警備局警備企画課が協議して行うこととしている");

    /** SHR-003: a prefectural report of joint-response information is addressed to both divisions. */
    static final Rule<DivisionReport> SHR_003 = Rule.of("SHR-003", WARNING, "A §7", DivisionReport.class, (r, ctx, sink) -> {
        if (!r.addressedTo().containsAll(BOTH_DIVISIONS)) {
            sink.report(JsonPointer.of("addressedTo"));
        }
    })
            .quote("都道府県警察にあっては、共同対処により得られたサイバー犯罪に関する情報を随時両課に報告すること。");

    static List<Rule<?>> all() {
        return List.of(SHR_001, SHR_002, SHR_003);
    }
}
