package io.jointresponse.validation.internal;

import io.jointresponse.validation.PersonalDataKind;

/**
 * Finds IPv4 addresses in dotted-decimal form: four numbers from 0 to 255 of one to three digits,
 * joined by dots ({@code 192.0.2.1}), standing apart from letters and from further digits or dotted
 * numbers. A prefix length or port after it ({@code /24}, {@code :443}) is not part of the span.
 *
 * <p>An address can start only where no digit or dot precedes, and each attempt reads at most fifteen
 * characters, so scanning is linear in the length of the text.
 */
public final class Ipv4AddressScanner extends FoldingDetector {

    /** Creates the scanner. */
    public Ipv4AddressScanner() {
        super(PersonalDataKind.IP_ADDRESS, "IPv4 address");
    }

    @Override
    public void scan(FoldedText t, Sink sink) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char before = t.at(i - 1);
            if (ScanChars.isDigit(t.charAt(i)) && !ScanChars.isWord(before) && before != '.') {
                int end = address(t, i);
                if (end != i) {
                    sink.found(i, end);
                    i = end - 1;
                }
            }
        }
    }

    /**
     * Reads an address at a position.
     *
     * @param t the folded text
     * @param start where the first number starts
     * @return the end of the address, or {@code start} when none starts there
     */
    static int address(FoldedText t, int start) {
        int p = start;
        for (int part = 0; part < 4; part++) {
            if (part > 0) {
                if (t.at(p) != '.') {
                    return start;
                }
                p++;
            }
            int value = 0;
            int digits = 0;
            while (ScanChars.isDigit(t.at(p)) && digits < 3) {
                value = value * 10 + ScanChars.value(t.at(p++));
                digits++;
            }
            if (digits == 0 || value > 255) {
                return start;
            }
        }
        char after = t.at(p);
        boolean continued = after == '.' && ScanChars.isDigit(t.at(p + 1));
        return ScanChars.isWord(after) || continued ? start : p;
    }
}
