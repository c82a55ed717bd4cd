package io.jointresponse.core.jc3;

/**
 * Where information the police provide to JC3 comes from (notice 185, §2: 捜査等で得られた情報も含め、
 * JC3への積極的な情報提供に努める).
 */
public enum ProvisionOrigin {
    /** 捜査等で得られた情報: information obtained through investigation and the like. */
    INVESTIGATION("捜査等で得られた情報", "information obtained through investigation"),
    /** Information from other police activities, such as damage prevention or training. */
    OTHER_POLICE_ACTIVITY("その他の警察活動で得られた情報", "information from other police activities");

    private final String japaneseLabel;
    private final String englishLabel;

    ProvisionOrigin(String japaneseLabel, String englishLabel) {
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
