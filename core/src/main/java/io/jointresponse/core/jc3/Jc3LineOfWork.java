package io.jointresponse.core.jc3;

/**
 * The four lines of work (事業) of JC3 that notice 185 lists in §2(1) to (4).
 */
public enum Jc3LineOfWork {
    /** §2(1): サイバー空間の脅威に関する情報の集約・分析. */
    THREAT_INFORMATION_ANALYSIS("サイバー空間の脅威に関する情報の集約・分析",
            "gathering and analysis of information on threats in cyberspace", "B §2(1)"),
    /** §2(2): サイバー空間の脅威への対処に関する研究開発. */
    RESEARCH_AND_DEVELOPMENT("サイバー空間の脅威への対処に関する研究開発",
            "research and development on countering threats in cyberspace", "B §2(2)"),
    /** §2(3): サイバー空間の脅威への対処に関するトレーニングプログラムの開発及び提供. */
    TRAINING_PROGRAMMES("サイバー空間の脅威への対処に関するトレーニングプログラムの開発及び提供",
            "development and provision of training programmes on countering threats in cyberspace", "B §2(3)"),
    /** §2(4): サイバー空間の脅威に総合的に対処するための国際連携. */
    INTERNATIONAL_COOPERATION("サイバー空間の脅威に総合的に対処するための国際連携",
            "international cooperation to counter threats in cyberspace comprehensively", "B §2(4)");

    private final String japaneseLabel;
    private final String englishLabel;
    private final String clause;

    Jc3LineOfWork(String japaneseLabel, String englishLabel, String clause) {
        this.japaneseLabel = japaneseLabel;
        this.englishLabel = englishLabel;
        this.clause = clause;
    }

    /** @return the heading as the notice writes it */
    public String japaneseLabel() {
        return japaneseLabel;
    }

    /** @return an English rendering of the heading */
    public String englishLabel() {
        return englishLabel;
    }

    /** @return the clause, such as {@code B §2(1)} */
    public String clause() {
        return clause;
    }
}
