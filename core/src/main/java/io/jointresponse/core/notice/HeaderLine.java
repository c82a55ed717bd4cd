package io.jointresponse.core.notice;

import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A labelled line of a notice header, such as {@code [原議保存期間 5年(平成36年3月31日まで)]} or
 * {@code 原議保存期間<TAB>5年(平成36年3月31日まで)}, and the value it holds: how both are read, with
 * messages that name the text and the form expected, and how the line is written.
 *
 * <p>A line is read as: an optional {@code [} or {@code ［}, the optional label (spacing allowed
 * between its characters, as OCR leaves it) with an optional colon after it, spacing (spaces, a
 * tab, ideographic spaces), the value, and the closing bracket if one was opened.
 *
 * @param <T> the value
 */
final class HeaderLine<T> {

    private final String label;
    private final String noun;
    private final String example;
    private final Function<CharSequence, T> value;
    private final Pattern line;

    /**
     * @param label the label, such as {@code 原議保存期間}
     * @param noun what the value is, for messages, such as {@code retention}
     * @param example a value, such as {@code 5年(平成36年3月31日まで)}
     * @param value reads a value; what it throws has only the problem as message
     */
    HeaderLine(String label, String noun, String example, Function<CharSequence, T> value) {
        this.label = label;
        this.noun = noun;
        this.example = example;
        this.value = value;
        StringBuilder spaced = new StringBuilder();
        label.codePoints().forEach(cp -> spaced.append(spaced.length() == 0 ? "" : Texts.SPACE)
                .append(Pattern.quote(new String(Character.toChars(cp)))));
        this.line = Pattern.compile(Texts.SPACE + "([\\[［])?" + Texts.SPACE + "(?:" + spaced + Texts.SPACE + "[:：]?)?"
                + Texts.SPACE + "(.*?)" + Texts.SPACE + "([\\]］])?" + Texts.SPACE, Pattern.DOTALL);
    }

    /** Reads a value alone, such as {@code 5年(平成36年3月31日まで)}. */
    T parseValue(CharSequence text) {
        Objects.requireNonNull(text, "text");
        try {
            return value.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read \"" + text + "\" as a " + noun + ": " + e.getMessage(), e);
        }
    }

    /** Reads a whole header line, label and brackets optional. */
    T parse(CharSequence text) {
        Objects.requireNonNull(text, "line");
        try {
            Matcher m = line.matcher(text);
            if (!m.matches()) {
                throw new IllegalStateException("A header-line pattern matches every text: " + line);
            }
            if (m.group(1) != null && m.group(3) == null) {
                throw new IllegalArgumentException("the " + m.group(1) + " that opens it is not closed");
            }
            if (m.group(1) == null && m.group(3) != null) {
                throw new IllegalArgumentException("the " + m.group(3) + " that closes it was not opened");
            }
            return value.apply(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read \"" + text + "\" as the " + noun + " line of a notice header,"
                    + " such as " + format(example) + ": " + e.getMessage(), e);
        }
    }

    /** Writes the line as notices print it: the label and the value in brackets. */
    String format(Object headerValue) {
        return "[" + label + " " + headerValue + "]";
    }
}
