/**
 * The notices (通達) themselves as records: their numbers such as {@code 警察庁丁情対発第217号}
 * ({@link io.jointresponse.core.notice.NoticeNumber}, lists of them in
 * {@link io.jointresponse.core.notice.NoticeNumbers}), the header metadata of a
 * {@link io.jointresponse.core.notice.Notice} (date of issue, issuers, addressees, retention,
 * validity), references to other notices ({@link io.jointresponse.core.notice.NoticeReference}),
 * and the two notices this library encodes ({@link io.jointresponse.core.notice.Notices}).
 *
 * <p>Header values are small values with {@code parse} and a {@code toString} that reads back,
 * written in the header form ({@code 5年(平成36年3月31日まで)}). Reading is lenient about how a
 * text was typed or scanned (full-width digits and brackets, OCR spacing, line breaks between
 * numbers) and strict about what it says. Whether the stated values agree with each other (the
 * retention end, rule NTC-002) is for the rules to report, never a reason to refuse a record.
 */
@ImmutablesStyle
package io.jointresponse.core.notice;

import io.jointresponse.core.internal.ImmutablesStyle;
