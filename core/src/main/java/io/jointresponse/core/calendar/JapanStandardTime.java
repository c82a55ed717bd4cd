package io.jointresponse.core.calendar;

import java.time.ZoneOffset;

/**
 * Japan Standard Time, the time of the records' dates: UTC+09:00.
 *
 * <p>Japan has kept this offset without daylight saving since 1951, so for every date the notices
 * concern it gives the same day as the region {@code Asia/Tokyo}. It is a fixed offset so that
 * telling a record's day needs no time-zone database, whose loading costs a short-lived process
 * (such as one run of the command) a noticeable share of its start-up.
 */
public final class JapanStandardTime {

    /** UTC+09:00. */
    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(9);

    private JapanStandardTime() {}
}
