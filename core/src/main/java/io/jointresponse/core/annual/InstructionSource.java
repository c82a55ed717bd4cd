package io.jointresponse.core.annual;

/**
 * Who set how an annual report is made. Notice 217, §8 sets none of it: the items, timing and
 * format are instructed separately (報告事項、報告時期、報告様式については別途指示する).
 */
public enum InstructionSource {
    /**
     * The library's default, which is not the notice's: a calendar year, counted as of its last
     * day, every {@link ReportItem}.
     */
    LIBRARY_DEFAULT("本ライブラリの既定(通達第8項の別途指示によるものではない)",
            "the library's default (not the separate instruction of notice 217, section 8)"),
    /**
     * An instruction given to the library: the NPA's separate instruction (別途指示), named by its
     * reference where recorded, or another the user chose.
     */
    GIVEN("指定された集計基準(警察庁の別途指示等)", "an instruction given to the library, such as the NPA's separate instruction");

    private final String japaneseLabel;
    private final String englishLabel;

    InstructionSource(String japaneseLabel, String englishLabel) {
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
