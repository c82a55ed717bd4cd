/**
 * Cooperation with the Japan Cybercrime Control Center (JC3, 一般財団法人日本サイバー犯罪対策センター;
 * notice 185): liaison that goes through one of the two NPA divisions chosen by subject, and the
 * information JC3 shares under its non-disclosure terms.
 */
@ImmutablesStyle
package io.jointresponse.core.jc3;

import io.jointresponse.core.internal.ImmutablesStyle;
