package io.jointresponse.core.jc3;

/**
 * What a liaison with JC3 is about (notice 185, §3(1): 事件捜査、被害防止対策、教養訓練その他の活動).
 */
public enum Jc3Subject {
    /** 事件捜査: a criminal investigation. */
    INVESTIGATION("事件捜査", "investigation"),
    /** 被害防止対策: damage prevention. */
    DAMAGE_PREVENTION("被害防止対策", "damage prevention"),
    /** 教養訓練: training. */
    TRAINING("教養訓練", "training"),
    /** その他の活動: other activities. */
    OTHER("その他の活動", "other");

    private final String japaneseLabel;
    private final String englishLabel;

    Jc3Subject(String japaneseLabel, String englishLabel) {
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
