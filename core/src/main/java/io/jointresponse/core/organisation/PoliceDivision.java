package io.jointresponse.core.organisation;

import java.util.Objects;

/**
 * The divisions (部門) of a prefectural police that share joint-response information case by case,
 * either way (notice 217, §3: 生活安全部門と警備部門等の間で必要な情報共有を図ること).
 *
 * <p>The notices name the divisions by function; where they name a prefectural police's own units,
 * those names are reference data here ({@link #japaneseLabel(Prefecture)}): in the Metropolitan
 * Police Department (警視庁), whose community safety and public security bureaus both notices
 * address (警視庁生活安全部長, 警視庁公安部長), the security side is 公安部.
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

    /**
     * Returns the Japanese name of this division in one prefectural police, where the notices name
     * it: in 警視庁 the community safety division is 生活安全部 and the security division is 公安部;
     * everywhere else, and for {@link #OTHER}, the functional label ({@link #japaneseLabel()}).
     *
     * @param prefecture the prefecture whose police is meant, not null
     * @return the name
     */
    public String japaneseLabel(Prefecture prefecture) {
        return metropolitan(prefecture) ? (this == COMMUNITY_SAFETY ? "生活安全部" : "公安部") : japaneseLabel;
    }

    /**
     * Returns the English name of this division in one prefectural police, as
     * {@link #japaneseLabel(Prefecture)} does in Japanese: the Community Safety Bureau and the Public
     * Security Bureau of the Metropolitan Police Department.
     *
     * @param prefecture the prefecture whose police is meant, not null
     * @return the name
     */
    public String englishLabel(Prefecture prefecture) {
        return metropolitan(prefecture) ? (this == COMMUNITY_SAFETY ? "Community Safety Bureau" : "Public Security Bureau")
                : englishLabel;
    }

    private boolean metropolitan(Prefecture prefecture) {
        return Objects.requireNonNull(prefecture, "prefecture").isMetropolitanPolice() && this != OTHER;
    }
}
