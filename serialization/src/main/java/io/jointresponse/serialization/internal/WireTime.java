package io.jointresponse.serialization.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the wire format's dates ({@code 2024-04-01}, ISO local date) and date-times
 * ({@code 2024-04-01T10:15:30+09:00}, ISO offset date-time), the one place both the structural walk
 * and the binding take them from, so they cannot disagree; and writes date-times.
 *
 * <p>{@link DateTimeFormatter#ISO_LOCAL_DATE} and {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} define
 * what is accepted and written. They are slow for what they do, so the layouts every writer uses
 * (four-digit year; seconds with an optional 1–9 digit fraction; {@code Z} or {@code ±HH:MM}) are
 * read and written by hand; any other text or value, and any text the hand reading finds out of
 * range, goes to the formatter, whose verdict stands.
 */
public final class WireTime {

    private WireTime() {}

    /**
     * Reads an ISO local date.
     *
     * @param text the text, not null
     * @return the date
     * @throws DateTimeParseException if the text is not an ISO local date
     */
    public static LocalDate parseDate(String text) {
        if (text.length() == 10) {
            LocalDate date = date(text);
            if (date != null) {
                return date;
            }
        }
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /**
     * Reads an ISO offset date-time.
     *
     * @param text the text, not null
     * @return the date-time, with its offset as written
     * @throws DateTimeParseException if the text is not an ISO offset date-time
     */
    public static OffsetDateTime parseDateTime(String text) {
        OffsetDateTime dateTime = dateTime(text);
        if (dateTime != null) {
            return dateTime;
        }
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * Tells whether a text is an ISO local date.
     *
     * @param text the text, not null
     * @return true when {@link #parseDate(String)} reads it
     */
    public static boolean isDate(String text) {
        try {
            parseDate(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Tells whether a text is an ISO offset date-time.
     *
     * @param text the text, not null
     * @return true when {@link #parseDateTime(String)} reads it
     */
    public static boolean isDateTime(String text) {
        try {
            parseDateTime(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Writes an offset date-time exactly as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} does:
     * seconds always, the fraction without trailing zeros (none when zero), {@code Z} for UTC.
     *
     * @param value the date-time, not null
     * @return its text
     */
    public static String formatDateTime(OffsetDateTime value) {
        int year = value.getYear();
        int offset = value.getOffset().getTotalSeconds();
        if (year < 0 || year > 9999 || offset % 60 != 0) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
        }
        StringBuilder sb = new StringBuilder(35);
        pad(sb, year, 4).append('-');
        pad(sb, value.getMonthValue(), 2).append('-');
        pad(sb, value.getDayOfMonth(), 2).append('T');
        pad(sb, value.getHour(), 2).append(':');
        pad(sb, value.getMinute(), 2).append(':');
        pad(sb, value.getSecond(), 2);
        int nano = value.getNano();
        if (nano != 0) {
            int digits = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                digits--;
            }
            pad(sb.append('.'), nano, digits);
        }
        if (offset == 0) {
            return sb.append('Z').toString();
        }
        int minutes = Math.abs(offset) / 60;
        sb.append(offset < 0 ? '-' : '+');
        pad(sb, minutes / 60, 2).append(':');
        return pad(sb, minutes % 60, 2).toString();
    }

    /** Appends a non-negative number with leading zeros to a width. */
    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        for (int divisor = pow10(width - 1); divisor > 0; divisor /= 10) {
            sb.append((char) ('0' + (value / divisor) % 10));
        }
        return sb;
    }

    private static int pow10(int exponent) {
        int result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= 10;
        }
        return result;
    }

    /** {@code yyyy-MM-dd} at the start of the text, or null when it is laid out otherwise or out of range. */
    private static LocalDate date(String s) {
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        if (year < 0 || month < 0 || day < 0 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}, or null when laid out otherwise or out of range. */
    private static OffsetDateTime dateTime(String s) {
        int length = s.length();
        if (length < 20 || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        LocalDate date = date(s);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (date == null || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int i = 19;
        int nano = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < length && i - start < 9 && isDigit(s.charAt(i))) {
                nano = nano * 10 + (s.charAt(i) - '0');
                i++;
            }
            int fractionDigits = i - start;
            if (fractionDigits == 0) {
                return null;
            }
            for (int k = fractionDigits; k < 9; k++) {
                nano *= 10;
            }
        }
        ZoneOffset offset = offset(s, i);
        if (offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(LocalDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                    hour, minute, second, nano), offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code Z} or {@code ±HH:MM} ending the text at {@code i}, or null. */
    private static ZoneOffset offset(String s, int i) {
        int rest = s.length() - i;
        if (rest == 1 && s.charAt(i) == 'Z') {
            return ZoneOffset.UTC;
        }
        if (rest != 6 || s.charAt(i + 3) != ':') {
            return null;
        }
        char sign = s.charAt(i);
        int hours = digits(s, i + 1, 2);
        int minutes = digits(s, i + 4, 2);
        if ((sign != '+' && sign != '-') || hours < 0 || minutes < 0) {
            return null;
        }
        try {
            return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The ASCII digits at {@code [from, from + count)} as a number, or -1 when any is not one. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
