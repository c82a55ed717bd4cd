package io.jointresponse.validation.internal;

import io.jointresponse.validation.PersonalDataKind;

/**
 * Finds IPv6 addresses in the text forms of RFC 4291 and RFC 5952: eight groups of one to four
 * hexadecimal digits joined by colons, or fewer around one {@code ::}, possibly ending in an IPv4
 * address ({@code 2001:db8::1}, {@code ::ffff:192.0.2.1}). At least two groups are required, so
 * {@code ::} and {@code ::1} are not reported, and times ({@code 12:30:45}) and MAC addresses (six
 * groups, no {@code ::}) are not addresses.
 *
 * <p>The text is cut into maximal runs of hexadecimal digits, colons and dots; each run is parsed at
 * most three times (as it is, and without a trailing dot or colon of the sentence around it), so
 * scanning is linear in the length of the text.
 */
public final class Ipv6AddressScanner extends FoldingDetector {

    private static final int GROUPS = 8;

    /** Creates the scanner. */
    public Ipv6AddressScanner() {
        super(PersonalDataKind.IP_ADDRESS, "IPv6 address");
    }

    @Override
    public void scan(FoldedText t, Sink sink) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!inRun(t.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && inRun(t.charAt(i))) {
                i++;
            }
            if (!ScanChars.isWord(t.at(start - 1)) && !ScanChars.isWord(t.at(i))) {
                int end = trimmed(t, start, i);
                if (end != start) {
                    sink.found(start, end);
                }
            }
        }
    }

    private static boolean inRun(char c) {
        return ScanChars.isHex(c) || c == ':' || c == '.';
    }

    /**
     * Returns the end of the address the run holds, with the dots or the one colon of the sentence
     * around cut off its end, or {@code start} when it holds none. Runs are maximal, so the character
     * before one is never a dot, and cutting dots stops at its start.
     */
    private static int trimmed(FoldedText t, int start, int end) {
        if (isAddress(t, start, end)) {
            return end;
        }
        int cut = end;
        while (t.at(cut - 1) == '.') {
            cut--;
        }
        if (isAddress(t, start, cut)) {
            return cut;
        }
        // A colon left from a double colon leaves a single one, which no address ends with.
        if (t.at(cut - 1) == ':' && isAddress(t, start, cut - 1)) {
            return cut - 1;
        }
        return start;
    }

    /**
     * Tells whether a span is exactly one IPv6 address of at least two groups.
     *
     * @param t the folded text
     * @param start the first index, included
     * @param end the last index, excluded
     * @return true for an address
     */
    static boolean isAddress(FoldedText t, int start, int end) {
        int groups = 0;
        boolean compressed = false;
        int p = start;
        if (t.at(p) == ':') {
            if (t.at(p + 1) != ':') {
                return false;
            }
            compressed = true;
            p += 2;
        }
        while (p < end) {
            int groupStart = p;
            while (p < end && ScanChars.isHex(t.charAt(p)) && p - groupStart < 4) {
                p++;
            }
            if (p < end && t.charAt(p) == '.') {
                // An IPv4 address ends the text form, in place of the last two groups.
                return Ipv4AddressScanner.address(t, groupStart) == end && fits(groups + 2, compressed);
            }
            if (p == groupStart) {
                return false;
            }
            groups++;
            if (p == end) {
                break;
            }
            if (t.charAt(p) != ':') {
                return false;
            }
            p++;
            if (t.at(p) == ':') {
                if (compressed) {
                    return false;
                }
                compressed = true;
                p++;
            } else if (p == end) {
                return false;
            }
        }
        return fits(groups, compressed);
    }

    private static boolean fits(int groups, boolean compressed) {
        return groups >= 2 && (compressed ? groups < GROUPS : groups == GROUPS);
    }
}
