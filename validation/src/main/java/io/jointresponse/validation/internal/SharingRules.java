package io.jointresponse.validation.internal;

import static io.jointresponse.core.finding.Severity.ERROR;
import static io.jointresponse.core.finding.Severity.WARNING;

import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.organisation.NpaRole;
import io.jointresponse.core.sharing.Concurrence;
import io.jointresponse.core.sharing.DivisionReport;
import io.jointresponse.core.sharing.OnwardShare;
import io.jointresponse.validation.PersonalDataKind;
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

    /**
     * SHR-003: a prefectural report of joint-response information is addressed to both divisions
     * (「随時両課に報告すること」 is an obligation).
     */
    static final Rule<DivisionReport> SHR_003 = Rule.of("SHR-003", ERROR, "A §7", DivisionReport.class, (r, ctx, sink) -> {
        if (!r.addressedTo().containsAll(BOTH_DIVISIONS)) {
            sink.report(JsonPointer.of("addressedTo"));
        }
    })
            .quote("都道府県警察にあっては、共同対処により得られたサイバー犯罪に関する情報を随時両課に報告すること。");

    /**
     * SHR-004: no free text of a share holds personal data the detectors recognise, such as a
     * telephone number typed into the modus operandi or a recipient's name. One finding per text and
     * kind of data, at the pointer of the text; the message names the kind, never the value.
     */
    static final Rule<OnwardShare> SHR_004 = withKindVariants(Rule.of("SHR-004", WARNING, "A §7", OnwardShare.class, (s, ctx, sink) -> {
        for (ClassifiedData.Text text : ClassifiedData.texts(s)) {
            for (PersonalDataKind kind : PersonalDataScan.kinds(text.value(), ctx.personalDataDetectors())) {
                sink.report(kind.messageVariant(), text.pointer());
            }
        }
    }))
            .note("Every text of the share that no classification covers is searched, found by walking the model at any depth (the modus operandi, the indicators, the recipients' names, the sources, …), in half-width and full-width forms alike (NFKC), by the detectors of the options: the library's find Japanese telephone numbers, e-mail addresses, individual numbers (マイナンバー, by their check digit), payment card numbers (Luhn) and IPv4 and IPv6 addresses, and an application may add its own (reported with the main message). A warning, not an error: the shapes are strong signs of personal information (個人情報), not proof of it, as with an attacker's address among the indicators; a reviewer confirms. ShareSanitiser masks what the detectors find.")
            .quote("そのため、民間事業者が特定されるおそれがある情報や個人情報を除去した上で、関係省庁や民間事業者団体が実施している各種サイバー犯罪の防止に関する情報共有活動への積極的な情報提供を検討すること。");

    /** Adds one message variant per kind of personal data the library names; other kinds take the main message. */
    static Rule<OnwardShare> withKindVariants(Rule<OnwardShare> rule) {
        Rule<OnwardShare> extended = rule;
        for (PersonalDataKind kind : PersonalDataKind.values()) {
            if (!kind.messageVariant().isEmpty()) {
                extended = extended.variant(kind.messageVariant(), WARNING);
            }
        }
        return extended;
    }

    static List<Rule<?>> all() {
        return List.of(SHR_001, SHR_002, SHR_003, SHR_004);
    }
}
