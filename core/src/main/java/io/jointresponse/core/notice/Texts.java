package io.jointresponse.core.notice;

import java.text.Normalizer;

/** Text normalisation shared by the readers of this package. */
final class Texts {

    /** Spacing as typed or scanned: ASCII white space, tabs and the ideographic space. */
    static final String SPACE = "[\\s\\u3000]*";

    private Texts() {}

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
