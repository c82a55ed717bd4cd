/**
 * Damage-prevention information (被害拡大防止措置, notice 217, §5): what investigation learns that
 * helps prevent recurrence or spread goes to the partner without delay, after a senior
 * investigator has checked that it does not hinder the investigation or the trial.
 */
@ImmutablesStyle
package io.jointresponse.core.prevention;

import io.jointresponse.core.internal.ImmutablesStyle;
