/**
 * The one vocabulary of problems: a {@link io.jointresponse.core.finding.Finding} names a stable
 * rule id, a severity, an RFC 6901 {@link io.jointresponse.core.finding.JsonPointer} into the
 * payload, a message and the clause of the notices it comes from.
 */
package io.jointresponse.core.finding;
