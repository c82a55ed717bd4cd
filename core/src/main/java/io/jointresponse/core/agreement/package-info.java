/**
 * Joint-response agreements (共同対処協定) between one prefectural police and one private business
 * (notice 217, §1 to §3): the partner, its sector and security vendors, the basis for adding a
 * partner outside the named sectors, the life cycle, and the cybercrimes the partner agreed to
 * report.
 */
@ImmutablesStyle
package io.jointresponse.core.agreement;

import io.jointresponse.core.internal.ImmutablesStyle;
