package io.jointresponse.validation.internal;

import static io.jointresponse.core.finding.Severity.ERROR;

import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.jc3.HandlingMarking;
import io.jointresponse.core.jc3.Jc3Information;
import io.jointresponse.core.jc3.Jc3Liaison;
import java.util.List;

/** The rules of cooperation with JC3 (notice 185, §3). */
final class Jc3Rules {

    private Jc3Rules() {}

    /** JC3-001: a liaison names the NPA division it goes through, one of the two. */
    static final Rule<Jc3Liaison> JC3_001 = Rule.of("JC3-001", ERROR, "B §3(1)", Jc3Liaison.class, (l, ctx, sink) -> {
        if (l.channel().isEmpty()) {
            sink.report(JsonPointer.of("channel"));
        } else if (!l.channel().get().isJointResponseDivision()) {
            sink.report("role", JsonPointer.of("channel"));
        }
    }).variant("role", ERROR)
            .quote("警察とJC3との連絡調整は、警察庁生活安全局情報技術犯罪対策課及び警察庁警備局警備企画課が行うので、事件捜査、被害防止対策、教養訓練その他の活動に関してJC3の活用等を図る場合には、両課のうち、内容に応じて適当と考えられる所属を通じて行われたい。");

    /** JC3-002: information from JC3 is never marked for disclosure to a third party. */
    static final Rule<Jc3Liaison> JC3_002 = Rule.of("JC3-002", ERROR, "B §3(2)", Jc3Liaison.class, (l, ctx, sink) -> {
        List<Jc3Information> received = l.receivedInformation();
        for (int i = 0; i < received.size(); i++) {
            if (received.get(i).marking() == HandlingMarking.THIRD_PARTY_DISCLOSURE) {
                sink.report(JsonPointer.of("receivedInformation").append(i).append("marking"));
            }
        }
    })
            .quote("警察とJC3との情報共有は、秘密保持契約等に基づいて行われるものであり、原則として第三者への開示等は禁止されていることから、JC3から提供された情報その他のJC3に関する情報については、適切な管理を徹底されたい。");

    static List<Rule<?>> all() {
        return List.of(JC3_001, JC3_002);
    }
}
