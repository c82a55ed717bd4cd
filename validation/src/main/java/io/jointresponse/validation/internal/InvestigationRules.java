package io.jointresponse.validation.internal;

import static io.jointresponse.core.finding.Severity.ERROR;
import static io.jointresponse.core.finding.Severity.WARNING;

import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.investigation.CollectionMethod;
import io.jointresponse.core.investigation.EvidenceRequest;
import java.util.List;

/** The rules of investigation with the partner (notice 217, §4). */
final class InvestigationRules {

    private InvestigationRules() {}

    /**
     * INV-001: the collection method and how it spares the partner's business are recorded; a method
     * that exists to spare the business says so by itself.
     */
    static final Rule<EvidenceRequest> INV_001 = Rule.of("INV-001", ERROR, "A §4(1)", EvidenceRequest.class, (r, ctx, sink) -> {
        if (r.collectionMethod().isEmpty()) {
            sink.report(JsonPointer.of("collectionMethod"));
        }
        boolean sparingMethod = r.collectionMethod().map(CollectionMethod::sparesBusinessByDesign).orElse(false);
        if (!sparingMethod && Texts.isBlank(r.businessImpactConsideration())) {
            sink.report(JsonPointer.of("businessImpactConsideration"));
        }
    })
            .note("One finding per missing item. The methods that exist to spare the business (民間事業者の事業運営に支障が及ばない方法) say by themselves how the business is not disrupted, and need no further consideration recorded: 電磁的記録に係る記録媒体の差押えに代わる処分 (copying instead of seizing the medium, 刑事訴訟法第110条の2), 通信履歴の保全要請 (a request to preserve traffic records, 第197条第3項) and リモートアクセスによる複写 (copying by remote access, 第218条第2項). Any other method, voluntary submission included, records how it avoids disrupting the business.")
            .quote("民間事業者が保有する証拠の収集に当たっては、民間事業者の事業運営に支障が及ばない方法を選択するなど、民間事業者の円滑な事業運営について配慮すること。");

    /** INV-002: the significance of case-building and the harm of the crime were explained. */
    static final Rule<EvidenceRequest> INV_002 = Rule.of("INV-002", WARNING, "A §4(2)", EvidenceRequest.class, (r, ctx, sink) -> {
        if (r.significanceExplanation().isEmpty()) {
            sink.report(JsonPointer.of("significanceExplanation"));
        }
    })
            .quote("民間事業者に事件化の意義やサイバー犯罪が社会に及ぼす悪影響等について丁寧に説明し、理解を得るよう努めること。");

    static List<Rule<?>> all() {
        return List.of(INV_001, INV_002);
    }
}
