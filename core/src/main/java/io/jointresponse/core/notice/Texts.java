package io.jointresponse.core.notice;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text normalisation and the header-line form shared by the readers of this package. */
final class Texts {

    /** Spacing as typed or scanned: ASCII white space, tabs and the ideographic space. */
    static final String SPACE = "[\\s\\u3000]*";

    private Texts() {}

    /**
     * Returns the pattern of a labelled header line, such as {@code [原議保存期間 5年(…)]} or
     * {@code 原議保存期間<TAB>5年(…)}: an optional {@code [} or {@code ［}, the optional label
     * (spacing allowed between its characters, as OCR leaves it) with an optional colon after it,
     * spacing, the value, and the optional closing bracket. Group 1 is the opening bracket, group 2 the value, group 3 the
     * closing bracket.
     */
    static Pattern headerLine(String label) {
        StringBuilder spaced = new StringBuilder();
        label.codePoints().forEach(cp -> spaced.append(spaced.length() == 0 ? "" : SPACE)
                .append(Pattern.quote(new String(Character.toChars(cp)))));
        return Pattern.compile(SPACE + "([\\[［])?" + SPACE + "(?:" + spaced + SPACE + "[:：]?)?" + SPACE + "(.*?)" + SPACE
                + "([\\]］])?" + SPACE, Pattern.DOTALL);
    }

    /**
     * Returns the value of a header line read with a {@link #headerLine(String)} pattern.
     *
     * @throws IllegalArgumentException whose message is only the problem, when a bracket is opened
     *     and not closed or closed and not opened
     */
    static String headerValue(Pattern headerLine, CharSequence line) {
        Matcher m = headerLine.matcher(line);
        if (!m.matches()) {
            throw new IllegalStateException("A header-line pattern matches every text: " + headerLine);
        }
        if (m.group(1) != null && m.group(3) == null) {
            throw new IllegalArgumentException("the " + m.group(1) + " that opens it is not closed");
        }
        if (m.group(1) == null && m.group(3) != null) {
            throw new IllegalArgumentException("the " + m.group(3) + " that closes it was not opened");
        }
        return m.group(2);
    }

    /**
     * Returns the text after NFKC normalisation, which turns full-width digits, brackets and
     * commas into their ASCII forms and half-width katakana into full width, without any spacing,
     * which OCR and line breaks insert anywhere in a header.
     */
    static String compact(CharSequence text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char ch = nfkc.charAt(i);
            if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch)) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
