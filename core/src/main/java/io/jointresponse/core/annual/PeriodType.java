package io.jointresponse.core.annual;

/** How a reporting period is defined. */
public enum PeriodType {
    /** A calendar year (暦年): 1 January to 31 December. */
    CALENDAR_YEAR("暦年", "calendar year"),
    /** A Japanese fiscal year (年度): 1 April to 31 March of the next calendar year. */
    FISCAL_YEAR("年度", "fiscal year"),
    /** Dates given explicitly by the instruction. */
    EXPLICIT("期間指定", "explicit dates");

    private final String japaneseLabel;
    private final String englishLabel;

    PeriodType(String japaneseLabel, String englishLabel) {
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
