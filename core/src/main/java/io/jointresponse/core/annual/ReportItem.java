package io.jointresponse.core.annual;

/**
 * An item an annual report can count. Which items a report holds is for the reporting instruction
 * to say (notice 217, §8: 報告事項…については別途指示する); the library's default counts them all.
 */
public enum ReportItem {
    /** Agreements in force on the count day, by the partner's sector. */
    IN_FORCE_BY_SECTOR("基準日に有効な協定数(業種別)", "agreements in force on the count day, by sector"),
    /** Agreements in force on the count day. */
    IN_FORCE_TOTAL("基準日に有効な協定数(合計)", "agreements in force on the count day"),
    /** Agreements in force when the period began (at the end of the day before its first day). */
    IN_FORCE_AT_PERIOD_START("期間開始時に有効な協定数", "agreements in force when the period began"),
    /** Agreements concluded from the first day of the period to the count day (or the period's end, if earlier). */
    CONCLUDED_IN_PERIOD("期間中に締結された協定数", "agreements concluded in the period"),
    /** Agreements that ended from the first day of the period to the count day (or the period's end, if earlier). */
    TERMINATED_IN_PERIOD("期間中に終了した協定数", "agreements terminated in the period"),
    /** Existing-channel arrangements in force on the count day (notice 217, §1, third paragraph). */
    EXISTING_CHANNELS("基準日に活用されている既存の窓口の数", "existing-channel arrangements in force on the count day"),
    /**
     * Partners of agreements in force on the count day whose practical counterpart is a security
     * vendor (notice 217, §2).
     */
    VENDOR_COUNTERPARTS("基準日に有効な協定のうちセキュリティ関連事業者が実質的な相手方である数",
            "agreements in force on the count day whose practical counterpart is a security vendor");

    private final String japaneseLabel;
    private final String englishLabel;

    ReportItem(String japaneseLabel, String englishLabel) {
        this.japaneseLabel = japaneseLabel;
        this.englishLabel = englishLabel;
    }

    /** @return the Japanese label, exact about what the count holds */
    public String japaneseLabel() {
        return japaneseLabel;
    }

    /** @return the English label, exact about what the count holds */
    public String englishLabel() {
        return englishLabel;
    }
}
