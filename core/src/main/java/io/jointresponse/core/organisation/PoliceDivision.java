package io.jointresponse.core.organisation;

/**
 * The divisions (部門) of a prefectural police that share joint-response information case by case
 * (notice 217, §3).
 */
public enum PoliceDivision {
    /** 生活安全部門: the community safety division, which handles cybercrime. */
    COMMUNITY_SAFETY("生活安全部門", "community safety division"),
    /** 警備部門: the security division, which handles cyber attacks. */
    SECURITY("警備部門", "security division"),
    /** Another division of the prefectural police (刑事部門 and the like). */
    OTHER("その他の部門", "other division");

    private final String japaneseLabel;
    private final String englishLabel;

    PoliceDivision(String japaneseLabel, String englishLabel) {
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
