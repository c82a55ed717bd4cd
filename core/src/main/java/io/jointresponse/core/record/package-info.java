/**
 * Entries that record what was done in a case and when: an explanation given to the business, an
 * assessment made by the police, an opinion heard from the business, a consent given where an
 * agreement makes one a condition. Several rules require such an entry to exist and to come before a
 * decision (notice 217, §4 to §6).
 */
@ImmutablesStyle
package io.jointresponse.core.record;

import io.jointresponse.core.internal.ImmutablesStyle;
