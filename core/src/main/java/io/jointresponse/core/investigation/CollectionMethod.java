package io.jointresponse.core.investigation;

import java.util.Optional;

/**
 * How evidence held by the partner is collected, with its usual legal basis (informational).
 *
 * <p>Notice 217, §4(1) asks for a method that does not disrupt the partner's business
 * (民間事業者の事業運営に支障が及ばない方法を選択する). Three methods exist for that purpose
 * ({@link #sparesBusinessByDesign()}): copying the data instead of seizing the medium, asking for
 * traffic records to be preserved, and copying over a network connection instead of taking the
 * equipment.
 */
public enum CollectionMethod {
    /** 任意提出: the partner submits copies voluntarily, and they are retained. */
    VOLUNTARY_SUBMISSION("任意提出", "voluntary submission", "刑事訴訟法第221条", false),
    /** 捜査関係事項照会: a written inquiry the partner answers. */
    WRITTEN_INQUIRY("捜査関係事項照会", "written inquiry", "刑事訴訟法第197条第2項", false),
    /** 差押え: seizure under a warrant. */
    SEIZURE_UNDER_WARRANT("令状による差押え", "seizure under a warrant", "刑事訴訟法第218条第1項", false),
    /** 記録命令付差押え: seizure with an order to record data onto a medium. */
    RECORDING_ORDER("記録命令付差押え", "seizure with a recording order", "刑事訴訟法第218条第1項", false),
    /**
     * 電磁的記録に係る記録媒体の差押えに代わる処分: the data is copied, printed or moved onto another medium
     * which is seized instead of the partner's own medium (applied to investigations by 第222条第1項).
     */
    COPY_INSTEAD_OF_SEIZURE("電磁的記録に係る記録媒体の差押えに代わる処分",
            "disposition in lieu of seizing the recording medium (copying the data)", "刑事訴訟法第110条の2", true),
    /** 通信履歴の保全要請: the partner is asked to preserve traffic records, without anything being taken. */
    PRESERVATION_REQUEST("通信履歴の保全要請", "request to preserve traffic records", "刑事訴訟法第197条第3項", true),
    /**
     * リモートアクセスによる複写: data on storage connected to a computer to be seized is copied over the
     * connection, so that the storage itself is not taken.
     */
    REMOTE_ACCESS_COPY("リモートアクセスによる複写", "copying by remote access", "刑事訴訟法第218条第2項", true),
    /** Another method, described in the request. */
    OTHER("その他", "other", null, false);

    private final String japaneseLabel;
    private final String englishLabel;
    private final String legalBasis;
    private final boolean sparesBusinessByDesign;

    CollectionMethod(String japaneseLabel, String englishLabel, String legalBasis, boolean sparesBusinessByDesign) {
        this.japaneseLabel = japaneseLabel;
        this.englishLabel = englishLabel;
        this.legalBasis = legalBasis;
        this.sparesBusinessByDesign = sparesBusinessByDesign;
    }

    /** @return the Japanese label */
    public String japaneseLabel() {
        return japaneseLabel;
    }

    /** @return the English label */
    public String englishLabel() {
        return englishLabel;
    }

    /** @return the usual legal basis, such as {@code 刑事訴訟法第110条の2}; empty for {@link #OTHER} */
    public Optional<String> legalBasis() {
        return Optional.ofNullable(legalBasis);
    }

    /**
     * Tells whether the method exists to spare the partner's business: it takes no equipment and
     * stops no system, so the method itself says how the business is not disrupted (rule INV-001).
     *
     * @return true for {@link #COPY_INSTEAD_OF_SEIZURE}, {@link #PRESERVATION_REQUEST} and
     *     {@link #REMOTE_ACCESS_COPY}
     */
    public boolean sparesBusinessByDesign() {
        return sparesBusinessByDesign;
    }
}
