package io.jointresponse.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code -h}/{@code --help} and {@code -V}/{@code --version} options, for commands whose model is
 * built in code: picocli's own {@code mixinStandardHelpOptions} would build them by reading the
 * annotations of a class of its own, the reflection that building in code avoids. The help they
 * print is the same.
 */
final class HelpOptions {

    private HelpOptions() {}

    /**
     * Adds both options to a command.
     *
     * @param spec the command
     * @return the command
     */
    static CommandSpec addTo(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }
}
