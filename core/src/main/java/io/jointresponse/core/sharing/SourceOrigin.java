package io.jointresponse.core.sharing;

/**
 * Where content of an onward share came from.
 */
public enum SourceOrigin {
    /** 共同対処により得られた情報: information obtained through joint response with a business (notice 217, §7). */
    JOINT_RESPONSE("共同対処により得られた情報", "information obtained through joint response"),
    /** サイバー犯罪捜査によって得られた情報: information obtained by investigating cybercrime (notice 217, §7). */
    INVESTIGATION("サイバー犯罪捜査によって得られた情報", "information obtained by investigating cybercrime"),
    /**
     * JC3から提供された情報その他のJC3に関する情報: information JC3 provided, or other information about
     * JC3, which is not disclosed to third parties in principle (notice 185, §3(2); rule JC3-003).
     */
    JC3("JC3から提供された情報その他のJC3に関する情報", "information provided by JC3 or otherwise about JC3"),
    /** Another source. */
    OTHER("その他", "other");

    private final String japaneseLabel;
    private final String englishLabel;

    SourceOrigin(String japaneseLabel, String englishLabel) {
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
