/**
 * Expands command-line paths into inputs, and reads NDJSON inputs line by line in constant memory.
 */
package io.jointresponse.cli.input;
