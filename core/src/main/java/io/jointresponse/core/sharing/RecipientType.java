package io.jointresponse.core.sharing;

/**
 * Who receives onward-shared information (notice 217, §7).
 */
public enum RecipientType {
    /** 情報通信システムの開発を行う事業者: a developer of information systems. */
    SYSTEM_DEVELOPER("情報通信システムの開発を行う事業者", "system developer"),
    /** 情報通信システムの運用を行う事業者: an operator of information systems. */
    SYSTEM_OPERATOR("情報通信システムの運用を行う事業者", "system operator"),
    /** 関係省庁が実施している情報共有活動: a ministry's information-sharing activity. */
    MINISTRY_ACTIVITY("関係省庁の情報共有活動", "ministry information-sharing activity"),
    /** 民間事業者団体が実施している情報共有活動: a business association's information-sharing activity. */
    BUSINESS_ASSOCIATION_ACTIVITY("民間事業者団体の情報共有活動", "business association information-sharing activity"),
    /** The Japan Cybercrime Control Center. */
    JC3("一般財団法人日本サイバー犯罪対策センター", "Japan Cybercrime Control Center (JC3)");

    private final String japaneseLabel;
    private final String englishLabel;

    RecipientType(String japaneseLabel, String englishLabel) {
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
