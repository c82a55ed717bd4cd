/**
 * The rule catalogue of the notices: every rule as a stable id with Japanese and English messages,
 * reported in full rather than thrown on the first problem.
 *
 * <p>{@link io.jointresponse.validation.JointResponseValidator} validates a document and returns a
 * {@link io.jointresponse.validation.ValidationReport}; {@link io.jointresponse.validation.ValidationOptions}
 * say how, and {@link io.jointresponse.validation.ValidationContext} gives the records some rules
 * consult. {@link io.jointresponse.validation.RuleCatalogue} describes every rule, and
 * {@link io.jointresponse.validation.ShareSanitiser} makes an onward share fit to leave the police.
 * {@link io.jointresponse.validation.ReportJson} writes reports as JSON, in the form the
 * {@code jointresponse} command prints.
 *
 * <p>{@link io.jointresponse.validation.PersonalDataDetector}s find personal data typed into free
 * text (rule SHR-004), and the sanitiser masks what they find;
 * {@link io.jointresponse.validation.PersonalDataDetectors} gives the library's and makes one from a
 * pattern.
 */
package io.jointresponse.validation;
