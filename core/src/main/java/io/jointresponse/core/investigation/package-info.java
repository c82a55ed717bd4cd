/**
 * Cybercrime investigation with the partner's cooperation (notice 217, §4): requests for the
 * partner's evidence, made without disrupting its business.
 */
@ImmutablesStyle
package io.jointresponse.core.investigation;

import io.jointresponse.core.internal.ImmutablesStyle;
