/**
 * The {@code jointresponse} command: validate payloads, print schemas, explain rules and compute
 * annual reports. {@link io.jointresponse.cli.JointResponseCli#execute} runs it and returns the exit
 * code, one of {@link io.jointresponse.cli.ExitCodes}.
 */
package io.jointresponse.cli;
