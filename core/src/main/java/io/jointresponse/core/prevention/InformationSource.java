package io.jointresponse.core.prevention;

/**
 * Where damage-prevention information came from (notice 217, §5: 被疑者の検挙、不正指令電磁的記録の解析等).
 */
public enum InformationSource {
    /** 被疑者の検挙: the arrest of a suspect. */
    ARREST("被疑者の検挙", "arrest of a suspect"),
    /** 不正指令電磁的記録の解析: analysis of malware. */
    MALWARE_ANALYSIS("不正指令電磁的記録の解析", "malware analysis"),
    /** Other progress of the investigation. */
    OTHER_INVESTIGATION("その他捜査の進展", "other investigation");

    private final String japaneseLabel;
    private final String englishLabel;

    InformationSource(String japaneseLabel, String englishLabel) {
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
