package io.jointresponse.core.jc3;

import java.time.YearMonth;
import java.util.List;

/**
 * The Japan Cybercrime Control Center as notice 185 describes it: its name (§1(1)), the month it
 * began work (preamble), its purpose (§1(2)), its four lines of work (§2(1) to (4)) and the overseas
 * partners the notice names (§2(4)).
 *
 * <p>This is reference data, quoted from the notice; English renderings are working translations,
 * except the English name and abbreviation, which the notice itself gives.
 */
public final class Jc3 {

    /** The name, as §1(1) gives it: {@value}. */
    public static final String JAPANESE_NAME = "一般財団法人日本サイバー犯罪対策センター";

    /** The English name, as §1(1) gives it: {@value}. */
    public static final String ENGLISH_NAME = "Japan Cybercrime Control Center";

    /** The English abbreviation, as §1(1) gives it: {@value}. */
    public static final String ABBREVIATION = "JC3";

    /** The clause that gives the name: {@value}. */
    public static final String NAME_CLAUSE = "B §1(1)";

    /** The month JC3 began work (平成26年11月に業務を開始). */
    public static final YearMonth START_OF_WORK = YearMonth.of(2014, 11);

    /** The month JC3 began work, as the notice writes it: {@value}. */
    public static final String START_OF_WORK_AS_WRITTEN = "平成26年11月";

    /** The clause that gives the start of work: {@value}. */
    public static final String START_OF_WORK_CLAUSE = "B preamble";

    /** The purpose, as §1(2) writes it (the line break of the original joined). */
    public static final String PURPOSE_JAPANESE = "産業界、学術機関、法執行機関等それぞれが持つサイバー空間の脅威への対処経験を集約・分析した"
            + "情報を共有することにより、サイバー空間全体を俯瞰した上で、サイバー犯罪等のサイバー空間の脅威の大本を特定、"
            + "軽減及び無効化し、以後の事案発生防止に資するための活動を行うこと。";

    /** The purpose in English, a working translation of {@link #PURPOSE_JAPANESE}. */
    public static final String PURPOSE_ENGLISH = "To carry out activities that, by sharing information that gathers and"
            + " analyses the experience of industry, academia, law enforcement and others in dealing with threats in"
            + " cyberspace, take a view of cyberspace as a whole, identify, mitigate and neutralise the sources of threats"
            + " in cyberspace such as cybercrime, and so help prevent further incidents.";

    /** The clause that gives the purpose: {@value}. */
    public static final String PURPOSE_CLAUSE = "B §1(2)";

    /** 米国NCFTA: the National Cyber-Forensics &amp; Training Alliance, United States (§2(4)). */
    public static final OverseasPartner NCFTA = OverseasPartner.builder()
            .abbreviation("NCFTA")
            .name("National Cyber-Forensics & Training Alliance")
            .japaneseCountry("米国")
            .englishCountry("United States")
            .build();

    /** 英国CDA: the Cyber Defence Alliance, United Kingdom (§2(4)). */
    public static final OverseasPartner CDA = OverseasPartner.builder()
            .abbreviation("CDA")
            .name("Cyber Defence Alliance")
            .japaneseCountry("英国")
            .englishCountry("United Kingdom")
            .build();

    private Jc3() {}

    /** @return the four lines of work of §2, in the notice's order */
    public static List<Jc3LineOfWork> linesOfWork() {
        return List.of(Jc3LineOfWork.values());
    }

    /**
     * Returns the overseas partners the notice names. The notice names them as examples
     * (「米国NCFTA…や英国CDA…等の海外関係機関」): the list is not closed, and JC3 may work with others.
     *
     * @return NCFTA and CDA, in the notice's order
     */
    public static List<OverseasPartner> namedOverseasPartners() {
        return List.of(NCFTA, CDA);
    }
}
