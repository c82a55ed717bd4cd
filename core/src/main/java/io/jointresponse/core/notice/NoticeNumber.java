package io.jointresponse.core.notice;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One number of an NPA notice, such as {@code 警察庁丁情対発第217号}: the issuing agency
 * ({@code 警察庁}), the class ({@code 丁}), the code of the issuing division ({@code 情対}), the
 * word {@code 発} ("issued"), and the serial number ({@code 第217号}).
 *
 * <p>A notice issued jointly by several divisions carries several numbers, and its header writes
 * the agency once ({@code 警察庁丁情対発第217号、丁備企発第111号}); {@link NoticeNumbers} reads and
 * writes that form and gives every number its agency. A {@code NoticeNumber} therefore always has
 * an agency, and {@link #toString()} gives the full form that {@link #parse(CharSequence)} reads
 * back.
 */
public final class NoticeNumber {

    // The long-vowel mark ー belongs to no script of its own, so katakana classes leave it out.
    private static final Pattern AGENCY = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ー]+");
    private static final Pattern DIVISION = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー]{1,4}");
    private static final String FORM = "agency, class 甲/乙/丙/丁, division code, 発, 第N号, such as 警察庁丁情対発第217号";

    private final String agency;
    private final NoticeClass noticeClass;
    private final String divisionCode;
    private final int serial;

    private NoticeNumber(String agency, NoticeClass noticeClass, String divisionCode, int serial) {
        this.agency = agency;
        this.noticeClass = noticeClass;
        this.divisionCode = divisionCode;
        this.serial = serial;
    }

    /**
     * Returns a notice number from its parts.
     *
     * @param agency the issuing agency, such as {@code 警察庁}: kanji or kana, not null
     * @param noticeClass the class, not null
     * @param divisionCode the code of the issuing division, such as {@code 情対}: 1 to 4 kanji or
     *     katakana, not null
     * @param serial the serial number, at least 1
     * @return the number
     * @throws IllegalArgumentException if a part is outside the form described
     */
    public static NoticeNumber of(String agency, NoticeClass noticeClass, String divisionCode, int serial) {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(noticeClass, "noticeClass");
        Objects.requireNonNull(divisionCode, "divisionCode");
        String problem = agencyProblem(agency).or(() -> divisionProblem(divisionCode)).orElse(
                serial < 1 ? "the serial number is at least 1: " + serial : "");
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException("Not a notice number (" + FORM + "): " + problem);
        }
        return new NoticeNumber(agency, noticeClass, divisionCode, serial);
    }

    /**
     * Reads one notice number in the full form, such as {@code 警察庁丁情対発第217号}. Full-width
     * digits and spacing are accepted.
     *
     * @param text the number, not null
     * @return the number
     * @throws IllegalArgumentException if the text is not in that form; the message names the text
     *     and the part that is wrong
     */
    public static NoticeNumber parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        try {
            return read(Texts.compact(text), Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read \"" + text + "\" as a notice number (" + FORM + "): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Reads one number from compacted text; a number without agency takes the given one. Throws
     * {@link IllegalArgumentException} whose message is only the problem, for the caller to frame.
     */
    static NoticeNumber read(String s, Optional<String> inheritedAgency) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("the text is empty");
        }
        if (!s.endsWith("号")) {
            throw new IllegalArgumentException("it does not end with 号");
        }
        int issued = s.lastIndexOf("発第");
        if (issued < 0) {
            throw new IllegalArgumentException("it lacks 発第 before the serial number");
        }
        String digits = s.substring(issued + 2, s.length() - 1);
        if (!digits.matches("[0-9]+")) {
            throw new IllegalArgumentException(digits.isEmpty() ? "the serial number is missing"
                    : "the serial number \"" + digits + "\" is not written in digits");
        }
        String significant = digits.replaceFirst("^0+(?=.)", "");
        if (significant.length() > 9) {
            throw new IllegalArgumentException("the serial number " + significant + " is too large");
        }
        int serial = Integer.parseInt(significant);
        if (serial == 0) {
            throw new IllegalArgumentException("serial number 0 does not exist");
        }
        String prefix = s.substring(0, issued);
        // The leftmost class character that leaves a division code of 1 to 4 characters: an agency
        // name containing 甲 or 丁 is thus still read correctly.
        int classAt = -1;
        for (int i = 0; i < prefix.length() && classAt < 0; i++) {
            int divisionLength = prefix.length() - i - 1;
            if (NoticeClass.isSymbol(prefix.charAt(i)) && divisionLength >= 1 && divisionLength <= 4) {
                classAt = i;
            }
        }
        if (classAt < 0) {
            int last = lastClassSymbol(prefix);
            throw new IllegalArgumentException(last < 0
                    ? "it has no class (甲, 乙, 丙 or 丁) before the division code"
                    : divisionProblem(prefix.substring(last + 1)).orElse("the division code is missing"));
        }
        String division = prefix.substring(classAt + 1);
        divisionProblem(division).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        String agency = prefix.substring(0, classAt);
        if (agency.isEmpty()) {
            agency = inheritedAgency.orElseThrow(
                    () -> new IllegalArgumentException("it names no issuing agency, such as 警察庁"));
        }
        String theAgency = agency;
        agencyProblem(agency).ifPresent(p -> {
            throw new IllegalArgumentException(p + " (agency \"" + theAgency + "\")");
        });
        return new NoticeNumber(agency, NoticeClass.ofSymbol(prefix.charAt(classAt)), division, serial);
    }

    private static int lastClassSymbol(String prefix) {
        for (int i = prefix.length() - 1; i >= 0; i--) {
            if (NoticeClass.isSymbol(prefix.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> agencyProblem(String agency) {
        return AGENCY.matcher(agency).matches() ? Optional.empty()
                : Optional.of("the issuing agency \"" + agency + "\" is not one or more kanji or kana");
    }

    private static Optional<String> divisionProblem(String division) {
        return DIVISION.matcher(division).matches() ? Optional.empty()
                : Optional.of("the division code \"" + division + "\" is not 1 to 4 kanji or katakana");
    }

    /** @return the issuing agency, such as {@code 警察庁} */
    public String agency() {
        return agency;
    }

    /** @return the class, such as {@link NoticeClass#TEI} for {@code 丁} */
    public NoticeClass noticeClass() {
        return noticeClass;
    }

    /** @return the code of the issuing division, such as {@code 情対} or {@code 備企} */
    public String divisionCode() {
        return divisionCode;
    }

    /** @return the serial number, such as 217 */
    public int serial() {
        return serial;
    }

    /** @return the number without its agency, as written after the first number of a header */
    String withoutAgency() {
        return noticeClass.symbol() + divisionCode + "発第" + serial + "号";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NoticeNumber)) {
            return false;
        }
        NoticeNumber other = (NoticeNumber) o;
        return serial == other.serial && agency.equals(other.agency) && noticeClass == other.noticeClass
                && divisionCode.equals(other.divisionCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agency, noticeClass, divisionCode, serial);
    }

    /** @return the full form, such as {@code 警察庁丁情対発第217号} */
    @Override
    public String toString() {
        return agency + withoutAgency();
    }
}
