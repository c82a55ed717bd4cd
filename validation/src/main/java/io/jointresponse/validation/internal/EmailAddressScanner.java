package io.jointresponse.validation.internal;

import io.jointresponse.validation.PersonalDataKind;

/**
 * Finds e-mail addresses: a local part of the characters RFC 5322 allows unquoted, {@code @}, and a
 * domain of at least two labels whose last is alphabetic (so {@code @example} and
 * {@code user@192.0.2.1} are not taken for addresses).
 *
 * <p>Each {@code @} is looked at once, with a scan to its left bounded by the previous {@code @} and
 * one to its right bounded by the next, so every character is read at most twice.
 */
public final class EmailAddressScanner extends FoldingDetector {

    private static final int MAX_LOCAL = 64;
    private static final int MAX_LABEL = 63;
    private static final String LOCAL_SYMBOLS = "!#$%&'*+/=?^_`{|}~.-";

    /** Creates the scanner. */
    public EmailAddressScanner() {
        super(PersonalDataKind.EMAIL_ADDRESS, "e-mail address");
    }

    @Override
    public void scan(FoldedText t, Sink sink) {
        int n = t.length();
        int reported = 0;
        for (int at = 0; at < n; at++) {
            if (t.charAt(at) != '@') {
                continue;
            }
            int start = at;
            while (start > reported && isLocal(t.charAt(start - 1))) {
                start--;
            }
            // A local part does not start with a dot; the @ stops this.
            while (t.charAt(start) == '.') {
                start++;
            }
            int end = at + 1;
            while (end < n && isDomain(t.charAt(end))) {
                end++;
            }
            // The sentence around may end the address with a dot or dash; the @ stops this.
            while (t.charAt(end - 1) == '.' || t.charAt(end - 1) == '-') {
                end--;
            }
            if (start < at && at - start <= MAX_LOCAL && t.charAt(at - 1) != '.' && isDomainName(t, at + 1, end)) {
                sink.found(start, end);
                reported = end;
            }
        }
    }

    private static boolean isLocal(char c) {
        return ScanChars.isDigit(c) || ScanChars.isAsciiLetter(c) || LOCAL_SYMBOLS.indexOf(c) >= 0;
    }

    private static boolean isDomain(char c) {
        return ScanChars.isDigit(c) || ScanChars.isAsciiLetter(c) || c == '.' || c == '-';
    }

    /** Two or more labels of letters, digits and inner hyphens; the last one alphabetic, two letters or more. */
    private static boolean isDomainName(FoldedText t, int from, int to) {
        int labels = 0;
        int labelStart = from;
        boolean lastAlphabetic = true;
        for (int i = from; i <= to; i++) {
            if (i == to || t.charAt(i) == '.') {
                int length = i - labelStart;
                if (length == 0 || length > MAX_LABEL || t.charAt(labelStart) == '-' || t.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                lastAlphabetic = length >= 2;
                for (int j = labelStart; j < i && lastAlphabetic; j++) {
                    lastAlphabetic = ScanChars.isAsciiLetter(t.charAt(j));
                }
                labelStart = i + 1;
            }
        }
        return labels >= 2 && lastAlphabetic;
    }
}
