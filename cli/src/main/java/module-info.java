/**
 * The {@code jointresponse} command. Its API is {@link io.jointresponse.cli.JointResponseCli}'s
 * {@code execute} methods and {@link io.jointresponse.cli.ExitCodes}; the rest is internal.
 */
module io.jointresponse.cli {
    requires io.jointresponse.validation;
    requires info.picocli;

    exports io.jointresponse.cli;

    // picocli reads the command classes' annotations and fields reflectively.
    opens io.jointresponse.cli to info.picocli;
}
