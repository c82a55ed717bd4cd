package io.jointresponse.core.agreement;

/**
 * Why a business outside the four sectors notice 217, §1 names is a target of a joint-response
 * agreement. The notice gives two grounds, in two paragraphs.
 *
 * <p>The four sectors (金融機関、仮想通貨交換事業者、データセンター事業者、オンラインショップ事業者) are
 * examples, followed by 等: a business of another kind that is as likely to be targeted, such as a
 * telecom carrier or a payment platform, is a target under the first paragraph. The second
 * paragraph covers businesses unlike them (前記以外の民間事業者等), added when joint response with
 * them is found necessary, for instance after a cybercrime with large social impact.
 */
public enum TargetGround {
    /**
     * First paragraph: a business at high risk of being targeted by cybercrime, like the named
     * sectors (サイバー犯罪の標的となるおそれが高い…等).
     */
    HIGH_RISK_LIKE_NAMED_SECTORS("サイバー犯罪の標的となるおそれが高い民間事業者(第1段落の「等」)",
            "a business at high risk of being targeted, like the named sectors (first paragraph, 等)"),
    /**
     * Second paragraph: a business added as a target because joint response with it was found
     * necessary (締結対象の追加); the basis of the addition is recorded with it.
     */
    ADDED_AS_NECESSARY("締結対象の追加(第2段落)", "added as a target because joint response was found necessary (second paragraph)");

    private final String japaneseLabel;
    private final String englishLabel;

    TargetGround(String japaneseLabel, String englishLabel) {
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
