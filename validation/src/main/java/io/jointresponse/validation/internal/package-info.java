/**
 * The rules of the notices and the runner that runs them; not exported and not API.
 *
 * <p>Each rule is a {@link io.jointresponse.validation.internal.Rule}: a stable id, a severity, the
 * clause it comes from, the document type it applies to and a check that reports findings to a
 * {@link io.jointresponse.validation.internal.FindingSink}. {@link io.jointresponse.validation.internal.Rules}
 * lists them all; {@link io.jointresponse.validation.internal.RuleRunner} runs those of a document's
 * type and is itself the sink, turning each reported place into a finding with the catalogue's
 * message. See the module's README.md, "Adding a rule".
 *
 * <p>The personal-data scanners ({@code *Scanner}) read a {@link io.jointresponse.validation.internal.FoldedText}
 * by hand, in linear time; {@link io.jointresponse.validation.internal.ClassifiedData} is the walk of
 * the model by its data classification that SHR-001, SHR-004 and the share sanitiser share.
 */
package io.jointresponse.validation.internal;
