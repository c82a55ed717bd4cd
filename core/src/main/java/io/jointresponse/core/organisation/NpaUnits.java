package io.jointresponse.core.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The National Police Agency units the notices name, and their successors, as dated reference
 * data.
 *
 * <p>This is reference data, not logic: rules ask which unit held a {@link NpaRole role} on a day
 * ({@link #holding(NpaRole, LocalDate)}) and never compare names, so later reorganisations are
 * handled by adding records here. The data begins in April 2004, when the cybercrime division
 * (情報技術犯罪対策課) was established in the Community Safety Bureau; a unit recorded from that
 * day may be older. On 2022-04-01 the NPA's cyber functions were regrouped into the new Cyber
 * Affairs Bureau (サイバー警察局): the records of the two units that moved end the day before, and
 * their successors' begin. English names are working translations.
 */
public final class NpaUnits {

    /** The day the data begins: the cybercrime division was established in April 2004. */
    private static final LocalDate DATA_START = LocalDate.of(2004, 4, 1);

    /** The last day before the Cyber Affairs Bureau was created. */
    private static final LocalDate BEFORE_CYBER_AFFAIRS_BUREAU = LocalDate.of(2022, 3, 31);

    /** The day the Cyber Affairs Bureau was created. */
    private static final LocalDate CYBER_AFFAIRS_BUREAU = LocalDate.of(2022, 4, 1);

    /** 警察庁生活安全局情報技術犯罪対策課: the cybercrime division until 2022-03-31 ({@code 情対}). */
    public static final NpaUnit COMMUNITY_SAFETY_CYBERCRIME_DIVISION = NpaUnit.builder()
            .japaneseName("警察庁生活安全局情報技術犯罪対策課")
            .englishName("Cybercrime Division, Community Safety Bureau")
            .addRoles(NpaRole.CYBERCRIME_DIVISION)
            .noticeNumberCode("情対")
            .validFrom(DATA_START)
            .validUntil(BEFORE_CYBER_AFFAIRS_BUREAU)
            .build();

    /** 警察庁警備局警備企画課: the security planning division ({@code 備企}). */
    public static final NpaUnit SECURITY_PLANNING_DIVISION = NpaUnit.builder()
            .japaneseName("警察庁警備局警備企画課")
            .englishName("Security Planning Division, Security Bureau")
            .addRoles(NpaRole.SECURITY_PLANNING_DIVISION)
            .noticeNumberCode("備企")
            .validFrom(DATA_START)
            .build();

    /** 警察庁長官官房総務課: the general affairs division of the Secretariat ({@code 総}). */
    public static final NpaUnit GENERAL_AFFAIRS_DIVISION = NpaUnit.builder()
            .japaneseName("警察庁長官官房総務課")
            .englishName("General Affairs Division, Commissioner-General's Secretariat")
            .addRoles(NpaRole.GENERAL_AFFAIRS_DIVISION)
            .noticeNumberCode("総")
            .validFrom(DATA_START)
            .build();

    /** 警察庁情報通信局情報技術解析課: the IT analysis division until 2022-03-31 ({@code 情解}). */
    public static final NpaUnit INFO_COMMUNICATIONS_IT_ANALYSIS_DIVISION = NpaUnit.builder()
            .japaneseName("警察庁情報通信局情報技術解析課")
            .englishName("IT Analysis Division, Info-Communications Bureau")
            .addRoles(NpaRole.IT_ANALYSIS_DIVISION)
            .noticeNumberCode("情解")
            .validFrom(DATA_START)
            .validUntil(BEFORE_CYBER_AFFAIRS_BUREAU)
            .build();

    /** 警察庁サイバー警察局サイバー企画課: the cybercrime division from 2022-04-01. */
    public static final NpaUnit CYBER_AFFAIRS_PLANNING_DIVISION = NpaUnit.builder()
            .japaneseName("警察庁サイバー警察局サイバー企画課")
            .englishName("Cyber Planning Division, Cyber Affairs Bureau")
            .addRoles(NpaRole.CYBERCRIME_DIVISION)
            .validFrom(CYBER_AFFAIRS_BUREAU)
            .build();

    /** 警察庁サイバー警察局情報技術解析課: the IT analysis division from 2022-04-01. */
    public static final NpaUnit CYBER_AFFAIRS_IT_ANALYSIS_DIVISION = NpaUnit.builder()
            .japaneseName("警察庁サイバー警察局情報技術解析課")
            .englishName("IT Analysis Division, Cyber Affairs Bureau")
            .addRoles(NpaRole.IT_ANALYSIS_DIVISION)
            .validFrom(CYBER_AFFAIRS_BUREAU)
            .build();

    private static final List<NpaUnit> ALL = List.of(
            COMMUNITY_SAFETY_CYBERCRIME_DIVISION,
            SECURITY_PLANNING_DIVISION,
            GENERAL_AFFAIRS_DIVISION,
            INFO_COMMUNICATIONS_IT_ANALYSIS_DIVISION,
            CYBER_AFFAIRS_PLANNING_DIVISION,
            CYBER_AFFAIRS_IT_ANALYSIS_DIVISION);

    private static final String AGENCY = "警察庁";

    private NpaUnits() {}

    /** @return every unit record, those the notices name first, then their successors */
    public static List<NpaUnit> all() {
        return ALL;
    }

    /**
     * Returns the unit that held a role on a day.
     *
     * @param role the role, not null
     * @param day the day, not null
     * @return the unit, or empty if the data records no unit holding the role that day
     */
    public static Optional<NpaUnit> holding(NpaRole role, LocalDate day) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(day, "day");
        return ALL.stream().filter(u -> u.holds(role) && u.isValidOn(day)).findFirst();
    }

    /**
     * Returns the unit with a name on a day. The name may be written with or without the leading
     * {@code 警察庁}.
     *
     * @param japaneseName the name, such as {@code 警察庁警備局警備企画課} or {@code 警備局警備企画課}, not null
     * @param day the day, not null
     * @return the unit, or empty if no unit of that name is recorded for that day
     */
    public static Optional<NpaUnit> ofName(String japaneseName, LocalDate day) {
        Objects.requireNonNull(japaneseName, "japaneseName");
        Objects.requireNonNull(day, "day");
        String full = japaneseName.startsWith(AGENCY) ? japaneseName : AGENCY + japaneseName;
        return ALL.stream().filter(u -> u.japaneseName().equals(full) && u.isValidOn(day)).findFirst();
    }
}
