/**
 * The {@code jointresponse} command: validate payloads, print schemas, explain rules and compute
 * annual reports.
 */
package io.jointresponse.cli;
