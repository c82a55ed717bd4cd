package io.jointresponse.core.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An era (元号) of the Japanese calendar since the Meiji Restoration, with the day it came into
 * force.
 *
 * <p>A year of an era is counted from the Gregorian year in which the era began: that year is
 * {@code 元年} (year 1), whatever the day the era began on, so {@code 平成2年} is 1990. The end of
 * an era is the day before the next one began; the last era has no end.
 */
public enum JapaneseEra {
    /**
     * 明治 (Meiji), in force from 1868-10-23, the day the era name was proclaimed. Its year 1 is
     * 1868: the proclamation applied the name from the start of that year. Its dates up to
     * 明治5年12月2日 are of the lunisolar calendar; a {@link JapaneseDate} holds its dates from
     * 明治6年1月1日 (1873-01-01, {@link JapaneseDate#GREGORIAN_CALENDAR_ADOPTED}) on.
     */
    MEIJI("明治", "Meiji", LocalDate.of(1868, 10, 23)),
    /** 大正 (Taishō), in force from 1912-07-30. */
    TAISHO("大正", "Taisho", LocalDate.of(1912, 7, 30)),
    /** 昭和 (Shōwa), in force from 1926-12-25. */
    SHOWA("昭和", "Showa", LocalDate.of(1926, 12, 25)),
    /** 平成 (Heisei), in force from 1989-01-08. */
    HEISEI("平成", "Heisei", LocalDate.of(1989, 1, 8)),
    /** 令和 (Reiwa), in force from 2019-05-01. */
    REIWA("令和", "Reiwa", LocalDate.of(2019, 5, 1));

    private static final JapaneseEra[] ERAS = values();

    private final String japaneseName;
    private final String englishName;
    private final LocalDate firstDay;

    JapaneseEra(String japaneseName, String englishName, LocalDate firstDay) {
        this.japaneseName = japaneseName;
        this.englishName = englishName;
        this.firstDay = firstDay;
    }

    /** @return the era name as written in dates, such as {@code 平成} */
    public String japaneseName() {
        return japaneseName;
    }

    /** @return the era name in Latin letters without macrons, such as {@code Heisei} */
    public String englishName() {
        return englishName;
    }

    /** @return the first day on which the era was in force */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** @return the Gregorian year that is year 1 (元年) of the era */
    public int firstGregorianYear() {
        return firstDay.getYear();
    }

    /**
     * Returns the last day on which the era was in force: the day before the next era began.
     *
     * @return the last day, or empty for the era now in force
     */
    public Optional<LocalDate> lastDay() {
        return next().map(n -> n.firstDay.minusDays(1));
    }

    /**
     * Tells whether the era was in force on a day.
     *
     * @param day the day, not null
     * @return true when the day is within the era's first and last day
     */
    public boolean isInForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(firstDay) && next().map(n -> day.isBefore(n.firstDay)).orElse(true);
    }

    /**
     * Returns the Gregorian year of a year of this era, without checking that the era was in force
     * in it: year 36 of 平成 is 2024 although 平成 ended in 2019.
     *
     * @param yearOfEra the year of the era, at least 1
     * @return the Gregorian year
     * @throws IllegalArgumentException if the year of the era is less than 1
     */
    public int gregorianYear(int yearOfEra) {
        if (yearOfEra < 1) {
            throw new IllegalArgumentException("An era year starts at 1 (元年): " + yearOfEra);
        }
        return Math.addExact(firstGregorianYear() - 1, yearOfEra);
    }

    /**
     * Returns the era in force on a day.
     *
     * @param day the day, not null
     * @return the era
     * @throws IllegalArgumentException if the day is before {@link #MEIJI} came into force
     */
    public static JapaneseEra inForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        for (int i = ERAS.length - 1; i >= 0; i--) {
            if (!day.isBefore(ERAS[i].firstDay)) {
                return ERAS[i];
            }
        }
        throw new IllegalArgumentException("No era of this calendar was in force on " + day
                + "; the first is 明治, from " + MEIJI.firstDay);
    }

    /**
     * Returns the era with a Japanese name.
     *
     * @param japaneseName the name as written in dates, such as {@code 令和}, not null
     * @return the era
     * @throws IllegalArgumentException if no era has that name
     */
    public static JapaneseEra ofJapaneseName(String japaneseName) {
        Objects.requireNonNull(japaneseName, "japaneseName");
        for (JapaneseEra era : ERAS) {
            if (era.japaneseName.equals(japaneseName)) {
                return era;
            }
        }
        throw new IllegalArgumentException("Unknown era \"" + japaneseName + "\"; known eras are " + names());
    }

    static String names() {
        StringBuilder sb = new StringBuilder();
        for (JapaneseEra era : ERAS) {
            sb.append(sb.length() == 0 ? "" : ", ").append(era.japaneseName);
        }
        return sb.toString();
    }

    private Optional<JapaneseEra> next() {
        return ordinal() + 1 < ERAS.length ? Optional.of(ERAS[ordinal() + 1]) : Optional.empty();
    }
}
