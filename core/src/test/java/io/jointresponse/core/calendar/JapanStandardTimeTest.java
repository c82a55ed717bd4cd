package io.jointresponse.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import org.junit.jupiter.api.Test;

class JapanStandardTimeTest {

    private static final ZoneRules TOKYO = ZoneId.of("Asia/Tokyo").getRules();

    @Test
    void tokyoHasNotChangedItsOffsetSince1951NorWillByItsRules() {
        assertThat(TOKYO.getTransitionRules()).as("no recurring daylight saving").isEmpty();
        ZoneOffsetTransition last = TOKYO.previousTransition(Instant.parse("2100-01-01T00:00:00Z"));
        assertThat(last.getInstant()).isBefore(Instant.parse("1952-01-01T00:00:00Z"));
        assertThat(last.getOffsetAfter()).isEqualTo(JapanStandardTime.OFFSET);
    }

    @Test
    void givesTheDayThatTokyoGivesAroundEveryMidnightSince1952() {
        for (LocalDate day = LocalDate.of(1952, 1, 1); day.isBefore(LocalDate.of(2100, 1, 1)); day = day.plusDays(97)) {
            for (int minutes : new int[] {-1, 0, 1}) {
                Instant instant = day.atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant().plusSeconds(60L * minutes);
                assertThat(instant.atOffset(JapanStandardTime.OFFSET).toLocalDate())
                        .isEqualTo(instant.atZone(ZoneId.of("Asia/Tokyo")).toLocalDate());
            }
        }
    }
}
