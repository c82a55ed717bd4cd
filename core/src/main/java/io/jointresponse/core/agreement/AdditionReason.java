package io.jointresponse.core.agreement;

/**
 * Why a partner outside the named sectors was added (notice 217, §1, second paragraph).
 */
public enum AdditionReason {
    /** 社会的反響が大きいサイバー犯罪が発生した: a cybercrime with large social impact occurred. */
    SIGNIFICANT_INCIDENT("社会的反響が大きいサイバー犯罪の発生", "a cybercrime with large social impact"),
    /** Another recorded necessity of joint response (共同対処が必要と認められるとき). */
    OTHER_NECESSITY("その他共同対処の必要性", "another recorded necessity");

    private final String japaneseLabel;
    private final String englishLabel;

    AdditionReason(String japaneseLabel, String englishLabel) {
        this.japaneseLabel = japaneseLabel;
        this.englishLabel = englishLabel;
    }

    /** @return the Japanese label */
    public String japaneseLabel() {
        return japaneseLabel;
    }

    /** @return the English label */
    public String englishLabel() {
        return englishLabel;
    }
}
