package io.jointresponse.core.jc3;

/**
 * What allows an exception to the rule that information from and about JC3 is not disclosed to
 * third parties. Notice 185, §3(2) forbids such disclosure in principle (原則として) under the
 * non-disclosure agreements (秘密保持契約等); it names no exception, so these are the grounds a
 * record can state, and {@link #OTHER} needs a description.
 */
public enum ExemptionBasis {
    /** JC3's written consent to the disclosure. */
    JC3_WRITTEN_CONSENT("JC3の書面による同意", "JC3's written consent"),
    /** The terms of the non-disclosure agreement itself permit the disclosure. */
    AGREEMENT_TERMS("秘密保持契約等の定め", "the terms of the non-disclosure agreement"),
    /** A law or regulation requires the disclosure. */
    LEGAL_OBLIGATION("法令に基づく開示", "a disclosure required by law"),
    /** Another ground, which the exemption describes. */
    OTHER("その他", "other (as described)");

    private final String japaneseLabel;
    private final String englishLabel;

    ExemptionBasis(String japaneseLabel, String englishLabel) {
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
