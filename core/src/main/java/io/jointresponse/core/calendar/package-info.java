/**
 * The Japanese calendar as public records use it: era dates such as {@code 平成31年3月27日}
 * ({@link io.jointresponse.core.calendar.JapaneseDate}), the eras themselves
 * ({@link io.jointresponse.core.calendar.JapaneseEra}), the government fiscal year from April to
 * March ({@link io.jointresponse.core.calendar.FiscalYear}), and the retention of records counted
 * from the April after they were made ({@link io.jointresponse.core.calendar.RetentionPeriod}).
 *
 * <p>{@code java.time} is not enough for these records: it rejects nominal era years such as
 * {@code 平成36年}, which documents written before an era changed go on using, and it reads
 * neither {@code 元年} nor kanji numerals. This package reads them all, in digits, full-width digits
 * or kanji numerals as officials write them ({@code 平成三十一年三月二十七日}), keeps the text as
 * written, writes kanji numerals on request, and builds the Gregorian date strictly, so that
 * {@code 2月30日} is still rejected. Like {@code java.time}, it begins on 明治6年1月1日
 * (1873-01-01), the day Japan adopted the Gregorian calendar: an earlier date is lunisolar and is
 * rejected, never mapped as if Gregorian.
 */
package io.jointresponse.core.calendar;
