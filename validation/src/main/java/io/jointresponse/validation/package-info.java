/**
 * The rule catalogue of the notices: every rule as a stable id with Japanese and English messages,
 * reported in full rather than thrown on the first problem.
 */
package io.jointresponse.validation;
