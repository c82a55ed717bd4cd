/**
 * Writes validation results as they come, for a person (text) or a program (JSON).
 */
package io.jointresponse.cli.output;
