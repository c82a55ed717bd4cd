/**
 * The annual report of each prefectural police on its joint-response agreements, and the NPA's
 * national compilation (notice 217, §8).
 *
 * <p>The notice sets no items, timing or format: 報告事項、報告時期、報告様式については別途指示する. A
 * {@link io.jointresponse.core.annual.ReportingInstruction} says how a report is made (the period,
 * the day the counts are taken, the items counted); the library's default (a calendar year, as of
 * 31 December, every item) is labelled as the library's in every report made with it
 * ({@link io.jointresponse.core.annual.Instruction}). {@link io.jointresponse.core.annual.AnnualReports}
 * computes reports and the national compilation from agreement records in one pass.
 */
@ImmutablesStyle
package io.jointresponse.core.annual;

import io.jointresponse.core.internal.ImmutablesStyle;
