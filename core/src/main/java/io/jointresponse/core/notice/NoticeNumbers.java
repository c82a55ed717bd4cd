package io.jointresponse.core.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes the numbers of a notice as its header writes them: the agency once, the numbers
 * joined by {@code 、}, as in {@code 警察庁丁情対発第185号、丁総発第178号、丁備企発第89号、丁情解発第42号}.
 *
 * <p>{@link #parse(CharSequence)} reads the number line of a header as printed: indentation
 * (spaces, ideographic spaces), full-width digits and commas, and the line broken in two, with or
 * without the {@code 、} at the break (notice 185 breaks it after {@code 第178号} and indents the
 * rest). Pass both lines of a broken number line together: the second line alone names no agency.
 * A number written without an agency takes the agency of the number before it.
 */
public final class NoticeNumbers {

    private static final String FORM = " (the first with its agency, the others joined by 、 or a line break, such as"
            + " 警察庁丁情対発第217号、丁備企発第111号)";

    private NoticeNumbers() {}

    /**
     * Reads the numbers of a header.
     *
     * @param text the numbers, the first with its agency, not null
     * @return the numbers in the order written, each with its agency; never empty
     * @throws IllegalArgumentException if the text is empty, the first number names no agency, a
     *     separator is not followed by a number, or a number is malformed; the message names the
     *     text and which number is wrong
     */
    public static List<NoticeNumber> parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = Texts.compact(text);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("Cannot read \"" + text + "\" as notice numbers" + FORM + ": the text is empty");
        }
        List<String> items = new ArrayList<>();
        int start = 0;
        boolean afterSeparator = false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '号') {
                items.add(s.substring(start, i + 1));
                afterSeparator = i + 1 < s.length() && isSeparator(s.charAt(i + 1));
                start = afterSeparator ? i + 2 : i + 1;
                i = start - 1;
            }
        }
        if (start < s.length()) {
            items.add(s.substring(start));
        } else if (afterSeparator) {
            throw new IllegalArgumentException("Cannot read \"" + text + "\" as notice numbers" + FORM
                    + ": no number follows the last 、");
        }
        List<NoticeNumber> numbers = new ArrayList<>(items.size());
        Optional<String> agency = Optional.empty();
        for (String item : items) {
            NoticeNumber number;
            try {
                number = NoticeNumber.read(item, agency);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Cannot read \"" + text + "\" as notice numbers" + FORM + ": number "
                        + (numbers.size() + 1) + " \"" + item + "\": " + e.getMessage(), e);
            }
            numbers.add(number);
            agency = Optional.of(number.agency());
        }
        return List.copyOf(numbers);
    }

    /**
     * Writes numbers as a header does: joined by {@code 、}, each agency written only where it
     * differs from that of the number before.
     *
     * @param numbers the numbers, not empty, not null
     * @return the header form, which {@link #parse(CharSequence)} reads back
     * @throws IllegalArgumentException if the list is empty
     */
    public static String format(List<NoticeNumber> numbers) {
        Objects.requireNonNull(numbers, "numbers");
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("A notice has at least one number");
        }
        StringBuilder sb = new StringBuilder();
        String agency = "";
        for (NoticeNumber n : numbers) {
            if (sb.length() > 0) {
                sb.append('、');
            }
            sb.append(n.agency().equals(agency) ? n.withoutAgency() : n.toString());
            agency = n.agency();
        }
        return sb.toString();
    }

    // NFKC has already turned the full-width comma into ','.
    private static boolean isSeparator(char ch) {
        return ch == '、' || ch == ',' || ch == '､';
    }
}
