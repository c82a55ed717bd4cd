/**
 * Decisions on publication (notice 217, §6): an {@link io.jointresponse.core.disclosure.OccurrencePublication}
 * (発生公表) announces that a crime happened, an {@link io.jointresponse.core.disclosure.ArrestPublication}
 * (検挙公表) announces an arrest. Each decides to publish, to withhold, or leaves it pending, and
 * records what was explained, assessed and heard before the decision.
 */
@ImmutablesStyle
package io.jointresponse.core.disclosure;

import io.jointresponse.core.internal.ImmutablesStyle;
