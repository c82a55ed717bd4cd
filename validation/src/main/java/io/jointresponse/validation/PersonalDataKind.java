package io.jointresponse.validation;

/**
 * The kinds of personal data that {@link PersonalDataDetector}s find in free text, each with the
 * message variant of rule SHR-004 that names it.
 *
 * <p>A detector an application adds for data of another kind (a customer number, say) reports
 * {@link #OTHER}, whose finding carries the rule's main message.
 */
public enum PersonalDataKind {
    /** A Japanese telephone number, fixed or mobile, national or with {@code +81}. */
    TELEPHONE_NUMBER("電話番号", "telephone number", "telephoneNumber"),
    /** An e-mail address. */
    EMAIL_ADDRESS("電子メールアドレス", "e-mail address", "emailAddress"),
    /** An individual number (個人番号, マイナンバー): twelve digits with a valid check digit. */
    INDIVIDUAL_NUMBER("個人番号（マイナンバー）", "individual number (My Number)", "individualNumber"),
    /** A payment card number: thirteen to nineteen digits that pass the Luhn check. */
    PAYMENT_CARD_NUMBER("クレジットカード等の番号", "payment card number", "paymentCardNumber"),
    /** An IPv4 or IPv6 address. */
    IP_ADDRESS("IPアドレス", "IP address", "ipAddress"),
    /** Data of a kind an application's own detector looks for. */
    OTHER("その他の個人情報", "other personal data", "");

    private final String japaneseLabel;
    private final String englishLabel;
    private final String messageVariant;

    PersonalDataKind(String japaneseLabel, String englishLabel, String messageVariant) {
        this.japaneseLabel = japaneseLabel;
        this.englishLabel = englishLabel;
        this.messageVariant = messageVariant;
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
     * Returns the message variant of rule SHR-004 that names this kind.
     *
     * @return the variant, such as {@code telephoneNumber}; {@code ""} (the main message) for {@link #OTHER}
     */
    public String messageVariant() {
        return messageVariant;
    }
}
