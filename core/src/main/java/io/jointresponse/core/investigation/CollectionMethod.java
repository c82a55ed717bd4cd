package io.jointresponse.core.investigation;

/**
 * How evidence held by the partner is collected.
 */
public enum CollectionMethod {
    /** 任意提出: the partner submits copies voluntarily. */
    VOLUNTARY_SUBMISSION("任意提出", "voluntary submission"),
    /** 捜査関係事項照会: a written inquiry the partner answers. */
    WRITTEN_INQUIRY("捜査関係事項照会", "written inquiry"),
    /** 差押え: seizure under a warrant. */
    SEIZURE_UNDER_WARRANT("令状による差押え", "seizure under a warrant"),
    /** 記録命令付差押え: seizure with an order to record data onto a medium. */
    RECORDING_ORDER("記録命令付差押え", "seizure with a recording order"),
    /** Another method, described in the request. */
    OTHER("その他", "other");

    private final String japaneseLabel;
    private final String englishLabel;

    CollectionMethod(String japaneseLabel, String englishLabel) {
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
