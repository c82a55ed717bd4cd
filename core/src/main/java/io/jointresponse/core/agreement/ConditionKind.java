package io.jointresponse.core.agreement;

/**
 * The kinds of condition the parties to an agreement may attach to what the police do with the
 * partner's information, which the rules can check on the records. The notice leaves the contents of
 * an agreement to the parties (notice 217, §3: 当事者間で実情に応じて協議して決定); these are the
 * conditions real agreements carry that a record can show to be met.
 */
public enum ConditionKind {
    /**
     * The partner reports only with its customer's consent, as a data centre may agree for its
     * customers' systems (rule INC-005): each report records the customer's consent.
     */
    REPORT_WITH_CUSTOMER_CONSENT("顧客の同意を得た上で通報する", "report only with the customer's consent"),
    /**
     * The police publish only with the business's consent (rule DSC-004): each decision to publish
     * records the business's consent.
     */
    PUBLISH_WITH_BUSINESS_CONSENT("事業者の同意を得た上で公表する", "publish only with the business's consent");

    private final String japaneseLabel;
    private final String englishLabel;

    ConditionKind(String japaneseLabel, String englishLabel) {
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
