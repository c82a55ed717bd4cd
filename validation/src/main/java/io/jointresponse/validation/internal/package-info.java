/**
 * The rules of the notices and their Hibernate Validator glue; not exported and not API.
 *
 * <p>Each rule is a {@link io.jointresponse.validation.internal.Rule}: a stable id, a severity, the
 * clause it comes from, the document type it applies to and a check that reports findings to a
 * {@link io.jointresponse.validation.internal.FindingSink}. One constraint,
 * {@link io.jointresponse.validation.internal.JointResponseRules}, is mapped programmatically onto
 * every document type; its validator runs the rules of that type and turns each finding into a
 * constraint violation whose message template is a catalogue key and whose dynamic payload carries
 * the rule id and severity.
 *
 * <p>The personal-data scanners ({@code *Scanner}) read a {@link io.jointresponse.validation.internal.FoldedText}
 * by hand, in linear time; {@link io.jointresponse.validation.internal.ClassifiedData} is the walk of
 * the model by its data classification that SHR-001, SHR-004 and the share sanitiser share.
 */
package io.jointresponse.validation.internal;
