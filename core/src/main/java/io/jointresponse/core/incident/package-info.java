/**
 * Incident reports (通報) that partners make under their agreements (notice 217, §3).
 */
@ImmutablesStyle
package io.jointresponse.core.incident;

import io.jointresponse.core.internal.ImmutablesStyle;
