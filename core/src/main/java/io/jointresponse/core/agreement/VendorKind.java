package io.jointresponse.core.agreement;

/**
 * The kinds of security vendor (セキュリティ関連事業者) notice 217, §2 names.
 */
public enum VendorKind {
    /** ウイルス対策ソフト提供事業者: antivirus software provider. */
    ANTIVIRUS_PROVIDER("ウイルス対策ソフト提供事業者", "antivirus software provider"),
    /** セキュリティ監視サービス提供事業者: security monitoring service provider. */
    SECURITY_MONITORING_PROVIDER("セキュリティ監視サービス提供事業者", "security monitoring service provider"),
    /** Another security-related business. */
    OTHER("その他のセキュリティ関連事業者", "other security vendor");

    private final String japaneseLabel;
    private final String englishLabel;

    VendorKind(String japaneseLabel, String englishLabel) {
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
