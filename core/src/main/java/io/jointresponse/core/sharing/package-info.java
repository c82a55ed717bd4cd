/**
 * Onward sharing of modus-operandi and other prevention information (notice 217, §7): to system
 * developers and operators and to the information-sharing activities of ministries and business
 * associations, JC3 among them, after removing what could identify the business and all personal
 * information, on the joint decision of the two NPA divisions.
 */
@ImmutablesStyle
package io.jointresponse.core.sharing;

import io.jointresponse.core.internal.ImmutablesStyle;
