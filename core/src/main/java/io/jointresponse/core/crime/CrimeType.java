package io.jointresponse.core.crime;

import java.util.Optional;

/**
 * The catalogue of cybercrimes a partner reports under a joint-response agreement (notice 217, §3:
 * 主として、不正アクセス行為、DoS攻撃、不正指令電磁的記録の供用行為、フィッシング行為等).
 *
 * <p>The parties agree which crimes are reported; {@link #OTHER} stands for a crime outside the
 * catalogue, whose description the agreement must then give. The legal basis is informational.
 */
public enum CrimeType {
    /** 不正アクセス行為: unauthorized access. */
    UNAUTHORIZED_ACCESS("不正アクセス行為", "unauthorized access",
            "不正アクセス行為の禁止等に関する法律(平成11年法律第128号)第3条"),
    /** DoS攻撃: denial of service, usually obstruction of business by damaging a computer. */
    DOS_ATTACK("DoS攻撃", "denial-of-service attack", "刑法第234条の2(電子計算機損壊等業務妨害)"),
    /** 不正指令電磁的記録の供用行為: use of malware. */
    MALWARE_USE("不正指令電磁的記録の供用行為", "use of malware", "刑法第168条の2第2項"),
    /** フィッシング行為: phishing. */
    PHISHING("フィッシング行為", "phishing", "不正アクセス行為の禁止等に関する法律第7条"),
    /** その他: a crime outside the catalogue, as described in the agreement. */
    OTHER("その他", "other (as agreed)", null);

    private final String japaneseLabel;
    private final String englishLabel;
    private final String legalBasis;

    CrimeType(String japaneseLabel, String englishLabel, String legalBasis) {
        this.japaneseLabel = japaneseLabel;
        this.englishLabel = englishLabel;
        this.legalBasis = legalBasis;
    }

    /** @return the Japanese label, as the notice writes it */
    public String japaneseLabel() {
        return japaneseLabel;
    }

    /** @return the English label */
    public String englishLabel() {
        return englishLabel;
    }

    /** @return the usual legal basis; empty for {@link #OTHER}, whose basis the agreement gives */
    public Optional<String> legalBasis() {
        return Optional.ofNullable(legalBasis);
    }

    /** @return true for the crimes the notice names, false for {@link #OTHER} */
    public boolean isCatalogued() {
        return this != OTHER;
    }
}
