package io.jointresponse.core.organisation;

/**
 * The roles of National Police Agency divisions that the notices name. Rules refer to roles, never
 * to unit names, because the organisation changes (in April 2022 the NPA's cyber functions were
 * regrouped into the Cyber Affairs Bureau); {@code NpaUnits} maps a role to the unit that held it
 * on a date.
 */
public enum NpaRole {
    /** The cybercrime division (in 2019: 生活安全局情報技術犯罪対策課). */
    CYBERCRIME_DIVISION("サイバー犯罪対策担当課", "cybercrime division"),
    /** The security planning division (警備局警備企画課). */
    SECURITY_PLANNING_DIVISION("警備企画課", "security planning division"),
    /** The general affairs division of the Commissioner-General's Secretariat (長官官房総務課). */
    GENERAL_AFFAIRS_DIVISION("長官官房総務課", "general affairs division"),
    /** The IT analysis division (in 2019: 情報通信局情報技術解析課). */
    IT_ANALYSIS_DIVISION("情報技術解析課", "IT analysis division");

    private final String japaneseLabel;
    private final String englishLabel;

    NpaRole(String japaneseLabel, String englishLabel) {
        this.japaneseLabel = japaneseLabel;
        this.englishLabel = englishLabel;
    }

    /** @return a Japanese label of the role */
    public String japaneseLabel() {
        return japaneseLabel;
    }

    /** @return an English label of the role */
    public String englishLabel() {
        return englishLabel;
    }

    /**
     * Tells whether this is one of the two divisions that decide on onward sharing together
     * (notice 217, §7) and through which liaison with JC3 goes (notice 185, §3(1)).
     *
     * @return true for the cybercrime and the security planning division
     */
    public boolean isJointResponseDivision() {
        return this == CYBERCRIME_DIVISION || this == SECURITY_PLANNING_DIVISION;
    }
}
