/**
 * Cooperation with the Japan Cybercrime Control Center (JC3, 一般財団法人日本サイバー犯罪対策センター;
 * notice 185): what the notice says JC3 is ({@link io.jointresponse.core.jc3.Jc3}), liaison in both
 * directions through one of the two NPA divisions chosen by content, and the information JC3 shares
 * under its non-disclosure agreements, with the recorded exceptions that allow disclosing it.
 */
@ImmutablesStyle
package io.jointresponse.core.jc3;

import io.jointresponse.core.internal.ImmutablesStyle;
