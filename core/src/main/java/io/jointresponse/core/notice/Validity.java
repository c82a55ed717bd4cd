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
 * library encodes are {@code 一種}. The end keeps the date as written, nominal era year and kanji
 * numerals included.
 *
 * <p>Two text forms: the value, which {@link #toString()} writes with the end in half-width
 * digits and {@link #parse(CharSequence)} reads (the form of the wire format), and the whole header
 * line with its label, which {@link #toHeaderLine()} writes and
 * {@link #parseHeaderLine(CharSequence)} reads as notices print it:
 * {@code [有効期間 一種(令和9年3月31日まで)]} or {@code 有効期間<TAB>一種(平成36年3月31日まで)}.
 */
public final class Validity {

    /** The label of the header line, {@code 有効期間}. */
    public static final String LABEL = "有効期間";

    private static final Pattern KIND = Pattern.compile("[一二三四五六七八九十]+種");
    private static final String SPACE = Texts.SPACE;
    private static final Pattern FORM = Pattern.compile(SPACE + "([一二三四五六七八九十]+)" + SPACE + "種" + SPACE
            + "[(（]" + SPACE + "(.+?)" + SPACE + "まで" + SPACE + "[)）]" + SPACE, Pattern.DOTALL);
    private static final String EXAMPLE = "一種(平成36年3月31日まで)";
    private static final HeaderLine<Validity> LINE = new HeaderLine<>(LABEL, "validity", EXAMPLE, Validity::read);

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
     * Reads the value as {@link #toString()} writes it, such as {@code 一種(平成36年3月31日まで)};
     * the end in digits, full-width digits or kanji numerals, full-width brackets and spacing
     * accepted.
     *
     * @param text the validity, not null
     * @return the validity; its end keeps the date as written
     * @throws IllegalArgumentException if the text is not in that form or the date cannot be read;
     *     the message names the text and what was expected
     */
    public static Validity parse(CharSequence text) {
        return LINE.parseValue(text);
    }

    /**
     * Reads the validity line of a notice header as printed: the label {@code 有効期間} and the
     * value, with or without the enclosing {@code [ ]} or {@code ［ ］}, separated by spaces, a tab
     * or an ideographic space, such as {@code [有効期間 一種(令和9年3月31日まで)]} or
     * {@code 有効期間<TAB>一種(平成36年3月31日まで)}. A colon may follow the label
     * ({@code 有効期間：一種(…)}). The label may be left out, and so may the brackets; a bracket
     * opened must be closed.
     *
     * @param line the header line, not null
     * @return the validity; its end keeps the date as written
     * @throws IllegalArgumentException if the line is not in that form or its value cannot be read
     *     as by {@link #parse(CharSequence)}; the message names the line and what was expected
     */
    public static Validity parseHeaderLine(CharSequence line) {
        return LINE.parse(line);
    }

    /** Reads the value; the message of what it throws is only the problem. */
    private static Validity read(CharSequence text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("write a class and the last day, such as " + EXAMPLE);
        }
        return new Validity(m.group(1) + "種", JapaneseDate.parse(m.group(2)));
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

    /**
     * Returns the header line as notices print it, the label and the value in brackets, which
     * {@link #parseHeaderLine(CharSequence)} reads back.
     *
     * @return the header line, such as {@code [有効期間 一種(平成36年3月31日まで)]}
     */
    public String toHeaderLine() {
        return LINE.format(this);
    }

    /**
     * Returns the value with the end in half-width digits, normalised as by
     * {@link JapaneseDate#toString()}; the form of the wire format.
     *
     * @return the value, such as {@code 一種(平成36年3月31日まで)}
     */
    @Override
    public String toString() {
        return kind + "(" + end + "まで)";
    }
}
