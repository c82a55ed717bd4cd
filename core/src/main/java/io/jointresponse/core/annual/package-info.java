/**
 * The annual report of each prefectural police on its joint-response agreements, and the NPA's
 * national compilation (notice 217, §8). The items are "to be specified separately", so the report
 * is versioned on the wire and may grow.
 *
 * <p>{@link io.jointresponse.core.annual.AnnualReports} computes both from agreement records in one
 * pass.
 */
@ImmutablesStyle
package io.jointresponse.core.annual;

import io.jointresponse.core.internal.ImmutablesStyle;
