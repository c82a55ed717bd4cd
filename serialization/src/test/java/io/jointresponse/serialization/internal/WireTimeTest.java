package io.jointresponse.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link WireTime} reads and writes by hand only as a shortcut: on every text and value it must
 * agree with the ISO formatters that define the wire format. Seeded random values cover the
 * shortcut's layouts and its edges (years, offsets with seconds, every fraction length).
 */
class WireTimeTest {

    private static final int CASES = 20_000;

    @Test
    void writesDateTimesAsTheIsoFormatterDoes() {
        Random random = new Random(20241123L);
        for (int i = 0; i < CASES; i++) {
            OffsetDateTime value = randomDateTime(random);
            assertThat(WireTime.formatDateTime(value)).as("%s", value)
                    .isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
    }

    @Test
    void readsWhatItWritesAndWhatTheFormatterWrites() {
        Random random = new Random(7L);
        for (int i = 0; i < CASES; i++) {
            OffsetDateTime value = randomDateTime(random);
            assertThat(WireTime.parseDateTime(WireTime.formatDateTime(value))).isEqualTo(value);
            LocalDate date = value.toLocalDate();
            assertThat(WireTime.parseDate(date.toString())).isEqualTo(date);
        }
    }

    @Test
    void agreesWithTheFormattersOnNearMisses() {
        Random random = new Random(99L);
        String alphabet = "0123456789-+:.TZtz ";
        for (int i = 0; i < CASES; i++) {
            String text = WireTime.formatDateTime(randomDateTime(random));
            StringBuilder mutated = new StringBuilder(text);
            int edits = 1 + random.nextInt(2);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(mutated.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> mutated.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> { if (at < mutated.length()) { mutated.deleteCharAt(at); } }
                    default -> { if (at < mutated.length()) { mutated.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length()))); } }
                }
            }
            assertSameAsFormatter(mutated.toString());
            assertSameAsFormatter(mutated.length() >= 10 ? mutated.substring(0, 10) : mutated.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-04-01T10:15:30+09:00", "2024-04-01T10:15:30Z", "2024-04-01T10:15:30.5Z", "2024-04-01T10:15:30.123456789-05:30",
        "2024-04-01T10:15+09:00", "2024-04-01T10:15:30+09:00:00", "2024-04-01T10:15:30+09:00:01", "+12024-04-01T10:15:30Z",
        "2024-04-01T10:15:30.1234567891Z", "2024-04-01T10:15:30.Z", "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z",
        "2024-04-01T24:00:00Z", "2024-04-01T23:60:00Z", "2024-04-01T23:59:60Z", "2024-04-01T10:15:30+18:00",
        "2024-04-01T10:15:30+18:01", "2024-04-01T10:15:30-00:00", "2024-04-01T10:15:30+0900", "2024-04-01T10:15:30+09",
        "2024-04-01t10:15:30z", "2024-04-01 10:15:30Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
        "２０２４-04-01T10:15:30Z", "2024-04-01T10:15:30", ""})
    void agreesWithTheFormatterOnDateTimeEdges(String text) {
        assertSameAsFormatter(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-04-01", "2024-02-30", "2024-13-01", "2024-00-10", "0000-01-01", "+2024-04-01",
        "12024-04-01", "2024-4-01", "2024/04/01", "2024-04-01T00:00:00", "2024-04-1 ", "２０２４-04-01", ""})
    void agreesWithTheFormatterOnDateEdges(String text) {
        assertSameAsFormatter(text);
    }

    @Test
    void writesEdgesAsTheFormatterDoes() {
        for (OffsetDateTime value : List.of(
                OffsetDateTime.of(LocalDateTime.of(10_000, 1, 1, 0, 0), ZoneOffset.UTC),
                OffsetDateTime.of(LocalDateTime.of(-1, 1, 1, 0, 0), ZoneOffset.UTC),
                OffsetDateTime.of(LocalDateTime.of(2024, 4, 1, 0, 0, 0, 1), ZoneOffset.ofTotalSeconds(9 * 3600 + 1)),
                OffsetDateTime.of(LocalDateTime.of(2024, 4, 1, 0, 0, 0, 50_000_000), ZoneOffset.ofHoursMinutes(-9, -30)),
                OffsetDateTime.of(LocalDateTime.of(2024, 4, 1, 0, 0), ZoneOffset.MAX),
                OffsetDateTime.of(LocalDateTime.of(2024, 4, 1, 0, 0), ZoneOffset.MIN))) {
            assertThat(WireTime.formatDateTime(value)).isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
    }

    private static void assertSameAsFormatter(String text) {
        OffsetDateTime expectedDateTime = parseOrNull(() -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        OffsetDateTime dateTime = parseOrNull(() -> WireTime.parseDateTime(text));
        assertThat(dateTime).as("date-time %s", text).isEqualTo(expectedDateTime);
        assertThat(WireTime.isDateTime(text)).as("is a date-time: %s", text).isEqualTo(expectedDateTime != null);
        LocalDate expectedDate = parseOrNull(() -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
        LocalDate date = parseOrNull(() -> WireTime.parseDate(text));
        assertThat(date).as("date %s", text).isEqualTo(expectedDate);
        assertThat(WireTime.isDate(text)).as("is a date: %s", text).isEqualTo(expectedDate != null);
    }

    private static <T> T parseOrNull(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OffsetDateTime randomDateTime(Random random) {
        int year = switch (random.nextInt(10)) {
            case 0 -> random.nextInt(10_000);
            case 1 -> 9_990 + random.nextInt(20);
            case 2 -> -5 + random.nextInt(10);
            default -> 1990 + random.nextInt(50);
        };
        LocalDate date = LocalDate.of(year, 1, 1).plusDays(random.nextInt(366));
        int nano = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000_000);
            default -> (int) Math.pow(10, random.nextInt(9)) * (1 + random.nextInt(9));
        };
        LocalDateTime time = date.atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60), nano);
        ZoneOffset offset = switch (random.nextInt(4)) {
            case 0 -> ZoneOffset.UTC;
            case 1 -> ZoneOffset.ofHours(9);
            case 2 -> ZoneOffset.ofTotalSeconds((random.nextInt(36 * 60 + 1) - 18 * 60) * 60);
            default -> ZoneOffset.ofTotalSeconds(random.nextInt(36 * 3600 + 1) - 18 * 3600);
        };
        return OffsetDateTime.of(time, offset);
    }
}
