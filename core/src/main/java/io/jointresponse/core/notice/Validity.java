package io.jointresponse.core.notice;

import io.jointresponse.core.calendar.JapaneseDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of validity of a notice (有効期間) as its header states it: a class, such as
 * {@code 一種}, and the last day, as in {@code 一種(平成36年3月31日まで)}.
 *
 * <p>The class is kept as written (a kanji numeral followed by {@code 種}); both notices this
 * library encodes are {@code 一種}. The end keeps the date as written, nominal era year included.
 * {@link #toString()} gives the header form, which {@link #parse(CharSequence)} reads back.
 */
public final class Validity {

    private static final Pattern KIND = Pattern.compile("[一二三四五六七八九十]+種");
    private static final String SPACE = "[\\s\\u3000]*";
    private static final Pattern FORM = Pattern.compile(SPACE + "([一二三四五六七八九十]+)" + SPACE + "種" + SPACE
            + "[(（]" + SPACE + "(.+?)" + SPACE + "まで" + SPACE + "[)）]" + SPACE, Pattern.DOTALL);

    private final String kind;
    private final JapaneseDate end;

    private Validity(String kind, JapaneseDate end) {
        this.kind = kind;
        this.end = end;
    }

    /**
     * Returns a validity.
     *
     * @param kind the class, such as {@code 一種}: kanji numerals followed by {@code 種}, not null
     * @param end the last day as the header states it, not null
     * @return the validity
     * @throws IllegalArgumentException if the class is not kanji numerals followed by {@code 種}
     */
    public static Validity of(String kind, JapaneseDate end) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(end, "end");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("A validity class is a kanji numeral followed by 種, such as 一種: \""
                    + kind + "\"");
        }
        return new Validity(kind, end);
    }

    /**
     * Reads the header form, such as {@code 一種(平成36年3月31日まで)}; full-width brackets and
     * spacing are accepted.
     *
     * @param text the validity, not null
     * @return the validity; its end keeps the date as written
     * @throws IllegalArgumentException if the text is not in that form or the date cannot be read;
     *     the message names the text
     */
    public static Validity parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("Cannot read \"" + text
                    + "\" as a validity: write a class and the last day, such as 一種(平成36年3月31日まで)");
        }
        try {
            return new Validity(m.group(1) + "種", JapaneseDate.parse(m.group(2)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read \"" + text + "\" as a validity: " + e.getMessage(), e);
        }
    }

    /** @return the class, such as {@code 一種} */
    public String kind() {
        return kind;
    }

    /** @return the last day of validity as the header states it, as written */
    public JapaneseDate end() {
        return end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Validity && kind.equals(((Validity) o).kind) && end.equals(((Validity) o).end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, end);
    }

    /** @return the header form, such as {@code 一種(平成36年3月31日まで)} */
    @Override
    public String toString() {
        return kind + "(" + end + "まで)";
    }
}
