/**
 * The notices (通達) themselves as records: their numbers such as {@code 警察庁丁情対発第217号}
 * ({@link io.jointresponse.core.notice.NoticeNumber}, lists of them in
 * {@link io.jointresponse.core.notice.NoticeNumbers}), the header metadata of a
 * {@link io.jointresponse.core.notice.Notice} (date of issue, issuers, addressees, retention,
 * validity), references to other notices ({@link io.jointresponse.core.notice.NoticeReference}),
 * and the two notices this library encodes ({@link io.jointresponse.core.notice.Notices}).
 *
 * <p>Header values are small values with {@code parse} and a {@code toString} that reads back,
 * written in the header form ({@code 5年(平成36年3月31日まで)}). The labelled lines of a header
 * are read whole, as notices print them, by {@code parseHeaderLine}
 * ({@code [原議保存期間 3年(令和9年3月31日まで)]}, {@code 有効期間<TAB>一種(平成36年3月31日まで)});
 * the number line and the date line are read by {@link io.jointresponse.core.notice.NoticeNumbers}
 * and {@link io.jointresponse.core.calendar.JapaneseDate} as printed, indentation and line break
 * included. Reading is lenient about how a text was typed or scanned (full-width digits and
 * brackets, kanji numerals, OCR spacing, line breaks between numbers) and strict about what it
 * says, with messages that quote the text and the form expected. Whether the stated values agree with each other (the
 * retention end, rule NTC-002) is for the rules to report, never a reason to refuse a record.
 */
@ImmutablesStyle
package io.jointresponse.core.notice;

import io.jointresponse.core.internal.ImmutablesStyle;
