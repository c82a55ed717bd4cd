package io.jointresponse.core.agreement;

/**
 * The business sector of a partner. The first four are the sectors notice 217, §1 names as targets
 * of joint-response agreements (サイバー犯罪の標的となるおそれが高い金融機関、仮想通貨交換事業者、
 * データセンター事業者、オンラインショップ事業者等). They are examples, not a closed list (等): a
 * partner in any other sector is a proper target when it is as likely to be targeted, or when it was
 * added as necessary; rule AGR-001 asks that the record say which ({@link TargetGround}).
 *
 * <p>One Japanese term serves each sector everywhere, {@link #japaneseLabel()}: the notice's own
 * word, and for crypto-asset exchanges the statutory name since 2020 beside it.
 */
public enum Sector {
    /** 金融機関: financial institutions. */
    FINANCIAL_INSTITUTION("金融機関", "金融機関", "financial institution"),
    /**
     * Crypto-asset exchange operators: 仮想通貨交換事業者 in the 2019 notice, renamed
     * 暗号資産交換業者 by statute in 2020. Both labels are kept.
     */
    CRYPTO_ASSET_EXCHANGE("仮想通貨交換事業者", "暗号資産交換業者", "crypto-asset exchange operator"),
    /** データセンター事業者: data-centre operators. */
    DATA_CENTRE("データセンター事業者", "データセンター事業者", "data-centre operator"),
    /** オンラインショップ事業者: online-shop operators. */
    ONLINE_SHOP("オンラインショップ事業者", "オンラインショップ事業者", "online-shop operator"),
    /**
     * Any other sector: a business as likely to be targeted as the named ones (notice 217, §1, first
     * paragraph, 等), or one added as necessary (second paragraph).
     */
    OTHER("その他の民間事業者", "その他の民間事業者", "other business");

    private final String noticeLabel;
    private final String currentLabel;
    private final String englishLabel;

    Sector(String noticeLabel, String currentLabel, String englishLabel) {
        this.noticeLabel = noticeLabel;
        this.currentLabel = currentLabel;
        this.englishLabel = englishLabel;
    }

    /**
     * Returns the Japanese term the library uses in labels, messages and report headers: the
     * notice's word, with the statutory name beside it where the two differ, such as
     * {@code 仮想通貨交換事業者(暗号資産交換業者)}.
     *
     * @return the Japanese label
     */
    public String japaneseLabel() {
        return noticeLabel.equals(currentLabel) ? noticeLabel : noticeLabel + "(" + currentLabel + ")";
    }

    /** @return the Japanese label as notice 217 (2019) writes it */
    public String noticeLabel() {
        return noticeLabel;
    }

    /** @return the Japanese label in current use (differs for crypto-asset exchanges since 2020) */
    public String currentLabel() {
        return currentLabel;
    }

    /** @return the English label */
    public String englishLabel() {
        return englishLabel;
    }

    /** @return true for the four sectors notice 217, §1 names as examples of targets */
    public boolean isNamedTarget() {
        return this != OTHER;
    }
}
