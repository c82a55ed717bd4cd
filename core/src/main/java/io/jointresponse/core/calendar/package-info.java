/**
 * The Japanese calendar as public records use it: era dates such as {@code 平成31年3月27日}
 * ({@link io.jointresponse.core.calendar.JapaneseDate}), the eras themselves
 * ({@link io.jointresponse.core.calendar.JapaneseEra}), the government fiscal year from April to
 * March ({@link io.jointresponse.core.calendar.FiscalYear}), and the retention of records counted
 * from the April after they were made ({@link io.jointresponse.core.calendar.RetentionPeriod}).
 *
 * <p>{@code java.time} is not enough for these records: it rejects nominal era years such as
 * {@code 平成36年}, which documents written before an era changed go on using, and it never reads
 * {@code 元年}. This package reads both, keeps the text as written, and builds the Gregorian date
 * strictly, so that {@code 2月30日} is still rejected.
 */
package io.jointresponse.core.calendar;
