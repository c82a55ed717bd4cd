package io.jointresponse.validation.internal;

import io.jointresponse.core.finding.Severity;

/**
 * The dynamic payload of a constraint violation: which rule it reports and with what severity.
 *
 * @param ruleId the rule id, not null
 * @param severity the severity of this finding, not null
 */
public record RuleHit(String ruleId, Severity severity) {}
